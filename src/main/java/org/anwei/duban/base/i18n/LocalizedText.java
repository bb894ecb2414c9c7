package org.anwei.duban.base.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A sentence kept as a translation key and its arguments, so that it can be stored now
 * and shown later in the language of whoever reads it (a notification written by the
 * daily run, read in English the next morning).
 */
public record LocalizedText(String key, List<String> arguments) {

	/** Separates stored arguments; a control character no user types. */
	private static final char SEPARATOR = '\u001F';

	public LocalizedText {
		arguments = arguments.stream().map(a -> a.replace(SEPARATOR, ' ')).toList();
	}

	public static LocalizedText of(String key, Object... arguments) {
		return new LocalizedText(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	public String render(Translations translations, @Nullable Locale locale) {
		return translations.getTranslation(this.key, locale, this.arguments.toArray());
	}

	/** The arguments as one column value. */
	public String storedArguments() {
		return String.join(String.valueOf(SEPARATOR), this.arguments);
	}

	public static LocalizedText restore(String key, @Nullable String storedArguments) {
		return new LocalizedText(key, storedArguments == null || storedArguments.isEmpty() ? List.of()
				: List.of(storedArguments.split(String.valueOf(SEPARATOR), -1)));
	}

}
