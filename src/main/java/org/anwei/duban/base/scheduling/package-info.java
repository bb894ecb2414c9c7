@NullMarked
package org.anwei.duban.base.scheduling;

import org.jspecify.annotations.NullMarked;
