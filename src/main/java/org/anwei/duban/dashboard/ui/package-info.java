@NullMarked
package org.anwei.duban.dashboard.ui;

import org.jspecify.annotations.NullMarked;
