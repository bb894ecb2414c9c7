@NullMarked
package org.anwei.duban.meeting.internal;

import org.jspecify.annotations.NullMarked;
