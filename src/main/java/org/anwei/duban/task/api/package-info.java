@NullMarked
package org.anwei.duban.task.api;

import org.jspecify.annotations.NullMarked;
