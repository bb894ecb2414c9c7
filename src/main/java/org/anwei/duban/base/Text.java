package org.anwei.duban.base;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Small rules for user-entered text, the same everywhere. */
public final class Text {

	private Text() {
	}

	/** Trimmed text, or null when there is none: optional fields store null, never "". */
	public static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A case-insensitive "contains" pattern for JPQL {@code lower(x) like :pattern}, or
	 * null for no filter. Users type words, not wildcards.
	 */
	public static @Nullable String containsPattern(@Nullable String text) {
		return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
	}

}
