@NullMarked
package org.anwei.duban.base.ui;

import org.jspecify.annotations.NullMarked;
