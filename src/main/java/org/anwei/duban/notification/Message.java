package org.anwei.duban.notification;

import java.util.List;

import org.anwei.duban.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What to tell whom. Title and body are translation keys sharing one argument list, so
 * each reader sees them in their own language, and mails go out in the addressee's.
 *
 * @param kind a short code of what happened (REMINDER, URGE, SUPERVISE …), for filters
 * @param link a route in the app, e.g. {@code tasks/42}
 */
public record Message(List<Addressee> to, String kind, LocalizedText title, String bodyKey, @Nullable String link) {

	public Message {
		to = List.copyOf(to);
	}

	/**
	 * A recipient: username for the bell, address (if any) for the digest, and the
	 * language (a tag such as {@code en}; none means Chinese) the digest is written in.
	 */
	public record Addressee(String username, @Nullable String email, @Nullable String language) {
	}

}
