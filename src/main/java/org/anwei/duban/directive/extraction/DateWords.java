package org.anwei.duban.directive.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Full dates as documents write them: 2020年7月2日, 2016-12-06, 2 月 5 日 (with a year),
 * 二○一○年一月十三日, and a date line that lost its 年月日 (2017913).
 */
final class DateWords {

	static final String NUM = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";

	private static final Pattern DIGITS = Pattern
		.compile("((?:19|20)\\d{2})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})(?!\\d)");

	private static final Pattern NUMERALS = Pattern
		.compile("([一二][〇○零O0一二三四五六七八九]{3})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");

	private static final Pattern BARE = Pattern.compile("^\\s*((?:19|20)\\d{2})(\\d{3,4})\\s*$");

	private DateWords() {
	}

	/** The first full date in a line, or null. */
	static @Nullable LocalDate fullDate(String line) {
		Matcher digits = DIGITS.matcher(line);
		while (digits.find()) {
			LocalDate date = date(digits.group(1), digits.group(2), digits.group(3));
			if (date != null) {
				return date;
			}
		}
		Matcher numerals = NUMERALS.matcher(line);
		if (numerals.find()) {
			return date(numerals.group(1), numerals.group(2), numerals.group(3));
		}
		Matcher bare = BARE.matcher(line);
		if (bare.find()) {
			// 2017913: the month takes one digit when the day can take the other two
			String rest = bare.group(2);
			LocalDate oneDigitMonth = date(bare.group(1), rest.substring(0, rest.length() - 2),
					rest.substring(rest.length() - 2));
			return oneDigitMonth != null ? oneDigitMonth : date(bare.group(1), rest.substring(0, 2), rest.substring(2));
		}
		return null;
	}

	static @Nullable LocalDate date(String year, String month, String day) {
		int y = Characters.number(year);
		int m = Characters.number(month);
		int d = Characters.number(day);
		if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31) {
			return null;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
