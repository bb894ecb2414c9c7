@NullMarked
package org.anwei.duban.directive.api;

import org.jspecify.annotations.NullMarked;
