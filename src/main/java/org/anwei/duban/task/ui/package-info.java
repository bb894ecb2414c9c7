@NullMarked
package org.anwei.duban.task.ui;

import org.jspecify.annotations.NullMarked;
