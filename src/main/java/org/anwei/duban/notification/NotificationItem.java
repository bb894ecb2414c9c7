package org.anwei.duban.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A notification as the list under the bell shows it. */
public record NotificationItem(long id, String kind, String title, String body, @Nullable String link,
		Instant createdAt, boolean read) {
}
