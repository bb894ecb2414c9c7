@NullMarked
package org.anwei.duban.notification.ui;

import org.jspecify.annotations.NullMarked;
