@NullMarked
package org.anwei.duban.meeting.ui;

import org.jspecify.annotations.NullMarked;
