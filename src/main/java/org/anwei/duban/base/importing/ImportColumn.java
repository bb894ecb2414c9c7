package org.anwei.duban.base.importing;

import java.util.List;
import java.util.Locale;

/**
 * A column an import understands: its key, whether it must be present, and the header
 * texts that name it (Chinese and English, so both a Chinese template and an English
 * export are accepted).
 */
public record ImportColumn(String key, boolean required, List<String> headers) {

	public static ImportColumn required(String key, String... headers) {
		return new ImportColumn(key, true, List.of(headers));
	}

	public static ImportColumn optional(String key, String... headers) {
		return new ImportColumn(key, false, List.of(headers));
	}

	boolean matches(String header) {
		String normalized = normalize(header);
		return this.headers.stream().anyMatch(h -> normalize(h).equals(normalized));
	}

	/** The first header name, as written in templates. */
	public String templateHeader() {
		return this.headers.getFirst();
	}

	static String normalize(String header) {
		return header.replace("*", "").replace("＊", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

}
