package org.anwei.duban.base.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.i18n.TranslationKey;
import org.anwei.duban.base.i18n.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}): {@code type}
 * {@code about:blank}, the status's {@code title}, a {@code detail} sentence in the
 * caller's language (Accept-Language; Chinese by default), the request path as
 * {@code instance}, a stable {@code code} for programs, and {@code errors} naming each
 * refused field. Never a stack trace, never an HTML page.
 */
@Component
public class ApiProblems {

	public static final String MEDIA_TYPE = "application/problem+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Translations translations;

	public ApiProblems(Translations translations) {
		this.translations = translations;
	}

	/** The body of a problem, for a controller advice to return. */
	public Map<String, Object> body(HttpServletRequest request, int status, String code, String messageKey,
			List<Object> arguments, List<FieldError> errors) {
		Locale locale = locale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		HttpStatus known = HttpStatus.resolve(status);
		body.put("title", known == null ? String.valueOf(status) : known.getReasonPhrase());
		body.put("status", status);
		Object[] translated = arguments.stream()
			.map(a -> a instanceof TranslationKey key ? this.translations.translate(locale, key.key()) : a)
			.toArray();
		body.put("detail", this.translations.translate(locale, messageKey, translated));
		body.put("instance", request.getRequestURI());
		body.put("code", code);
		if (!errors.isEmpty()) {
			body.put("errors",
					errors.stream()
						.map(e -> Map.of("field", e.field(), "message", this.translations.message(locale, e)))
						.toList());
		}
		return body;
	}

	/** Writes a problem straight to the response, for filters outside Spring MVC. */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
			String messageKey, Object... arguments) throws IOException {
		response.setStatus(status);
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write(JSON.writeValueAsString(body(request, status, code, messageKey, List.of(arguments), List.of())));
	}

	/** The caller's language: the first tag of Accept-Language, Chinese without one. */
	public static Locale locale(HttpServletRequest request) {
		String language = request.getHeader("Accept-Language");
		if (language == null || language.isBlank()) {
			return Languages.DEFAULT;
		}
		return Languages.fromTag(language.split(",")[0].split(";")[0].strip());
	}

	/** A byte count as megabytes for a message ("10", "0.5"). */
	static String megabytes(long bytes) {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
