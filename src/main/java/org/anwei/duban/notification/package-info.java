/**
 * Notifications (消息): what users must know — reminders, 催办, 督办 notices, returned work,
 * leaders' instructions. Shown under the bell in the header; those for users with an
 * e-mail address also go out as one digest mail per user and day, never one mail per
 * task.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package org.anwei.duban.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
