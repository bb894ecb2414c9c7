@NullMarked
package org.anwei.duban.directive.internal;

import org.jspecify.annotations.NullMarked;
