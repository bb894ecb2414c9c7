package org.anwei.duban.base.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * The languages the product speaks. Chinese (zh-CN) is the default whatever the browser
 * says, because the users are Chinese public servants on shared office machines; English
 * is one click away.
 */
public final class Languages {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale DEFAULT = CHINESE;

	public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

	/**
	 * Name of the cookie that remembers the user's choice across sessions and the login
	 * page.
	 */
	public static final String COOKIE = "anwei-lang";

	private Languages() {
	}

	public static Locale closestSupported(@Nullable Locale requested) {
		if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
			return ENGLISH;
		}
		return CHINESE;
	}

	/**
	 * Parses the cookie value ({@code zh-CN} or {@code en}); anything else means the
	 * default.
	 */
	/** The language cookie's value among a request's cookies, if it is there. */
	public static @Nullable String cookieValue(Cookie @Nullable [] cookies) {
		if (cookies == null) {
			return null;
		}
		return Arrays.stream(cookies)
			.filter(c -> COOKIE.equals(c.getName()) && !c.getValue().isBlank())
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public static Locale fromTag(@Nullable String tag) {
		return tag == null || tag.isBlank() ? DEFAULT : closestSupported(Locale.forLanguageTag(tag));
	}

}
