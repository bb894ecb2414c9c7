@NullMarked
package org.anwei.duban.task.internal;

import org.jspecify.annotations.NullMarked;
