@NullMarked
package org.anwei.duban.base.importing;

import org.jspecify.annotations.NullMarked;
