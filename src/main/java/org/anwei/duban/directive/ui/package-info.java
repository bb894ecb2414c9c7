@NullMarked
package org.anwei.duban.directive.ui;

import org.jspecify.annotations.NullMarked;
