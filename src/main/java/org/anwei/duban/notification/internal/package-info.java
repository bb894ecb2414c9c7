@NullMarked
package org.anwei.duban.notification.internal;

import org.jspecify.annotations.NullMarked;
