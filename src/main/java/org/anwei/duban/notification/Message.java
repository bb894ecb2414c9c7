package org.anwei.duban.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to tell whom. Texts are already in the recipient's language (the committee works
 * in Chinese; reminders are written in it).
 *
 * @param kind a short code of what happened (REMINDER, URGE, SUPERVISION …), for filters
 * @param link a route in the app, e.g. {@code tasks/42}
 */
public record Message(List<Addressee> to, String kind, String title, String body, @Nullable String link) {

	public Message {
		to = List.copyOf(to);
	}

	/** A recipient: username for the bell, address (if any) for the digest. */
	public record Addressee(String username, @Nullable String email) {
	}

}
