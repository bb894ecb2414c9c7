@NullMarked
package org.anwei.duban.base.i18n;

import org.jspecify.annotations.NullMarked;
