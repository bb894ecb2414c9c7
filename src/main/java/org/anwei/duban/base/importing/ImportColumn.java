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

	/**
	 * A looser match for headers worded a little differently ("隐患等级" for "等级", "整改时限（日期）"
	 * for "整改时限"): one contains the other, at least two characters long.
	 */
	boolean resembles(String header) {
		String normalized = normalize(header);
		return normalized.length() >= 2 && this.headers.stream()
			.map(ImportColumn::normalize)
			.filter(h -> h.length() >= 2)
			.anyMatch(h -> normalized.contains(h) || h.contains(normalized));
	}

	/** The first header name, as written in templates. */
	public String templateHeader() {
		return this.headers.getFirst();
	}

	/**
	 * Without marks of required fields, notes in brackets (（必填）, (元)), punctuation and
	 * spaces, in lower case.
	 */
	static String normalize(String header) {
		return header.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[*＊:：、,，.。\\s]+", "").toLowerCase(Locale.ROOT);
	}

}
