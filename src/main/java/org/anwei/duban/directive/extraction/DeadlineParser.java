package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds a deadline in a clause: absolute dates ({@code 11月30日前}, {@code 2017年2月28日}),
 * dates relative to the meeting ({@code 年底前}, {@code 月底前}, {@code 一季度}, {@code 三个月内},
 * {@code 限期30天}), goal years ({@code 力争到2015年}) and recurrences ({@code 每月末},
 * {@code 每季度}, {@code 每周一}).
 */
final class DeadlineParser {

	private static final Pattern DATE = Pattern
		.compile("(?:(?<y>(?:19|20)\\d{2})年)?(?<m>\\d{1,2})月(?<d>\\d{1,2})日(?:[上下]午)?(?:下班)?(?<before>前|之前|以前|止)?");

	private static final Pattern RELATIVE = Pattern.compile(
			"(?<ydl>年底前|年底|年末前|年内)|(?<mdl>月底前|月底)|(?<q>[一二三四1-4])季度(?:末|底)?前?|(?<n>[一二两三四五六七八九十\\d]{1,3})个?(?<unit>月|天|日|周)内|限期(?<lim>\\d{1,3})天|力争(?:到|于|在)?(?<goal>(?:19|20)\\d{2})年");

	private static final Pattern RECURRENCE = Pattern.compile("每(?:个)?(?<unit>周[一二三四五六日]?|月末?|月底|季度末?|季|年|半年)");

	private DeadlineParser() {
	}

	/** The deadline a clause states, or null. */
	static @Nullable Deadline parse(String clause, @Nullable LocalDate reference) {
		String recurrence = recurrence(clause);
		Matcher date = DATE.matcher(clause);
		while (date.find()) {
			LocalDate resolved = resolve(date, reference);
			boolean rangeStart = clause.startsWith("至", date.end()) || clause.startsWith("到", date.end());
			if (resolved != null && !rangeStart) {
				return new Deadline(resolved, recurrence, date.group());
			}
		}
		Matcher relative = RELATIVE.matcher(clause);
		if (relative.find() && reference != null) {
			LocalDate resolved = relative(relative, reference);
			if (resolved != null) {
				return new Deadline(resolved, recurrence, relative.group());
			}
		}
		return recurrence == null ? null : new Deadline(null, recurrence, recurrenceWords(clause));
	}

	/** The end of a period such as "2016年12月1日至2017年2月28日" or "从4月15日开始到4月30日结束". */
	static @Nullable Deadline periodEnd(String text, @Nullable LocalDate reference) {
		Matcher m = Pattern.compile(
				"(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日(?:开始|起)?\\s*(?:至|到|—|-|~)\\s*(?<end>(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日)")
			.matcher(text);
		if (!m.find()) {
			return null;
		}
		Matcher end = DATE.matcher(m.group("end"));
		if (!end.find()) {
			return null;
		}
		LocalDate resolved = resolve(end, reference);
		return resolved == null ? null : new Deadline(resolved, null, m.group("end"));
	}

	private static @Nullable LocalDate resolve(Matcher date, @Nullable LocalDate reference) {
		int month = Integer.parseInt(date.group("m"));
		int day = Integer.parseInt(date.group("d"));
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		int year;
		if (date.group("y") != null) {
			year = Integer.parseInt(date.group("y"));
		}
		else if (reference != null) {
			// A month earlier than the meeting's means next year: "2月底前" said in
			// December.
			year = reference.getYear() + (month < reference.getMonthValue() - 2 ? 1 : 0);
		}
		else {
			return null;
		}
		YearMonth yearMonth = YearMonth.of(year, month);
		return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
	}

	private static @Nullable LocalDate relative(Matcher m, LocalDate reference) {
		if (m.group("ydl") != null) {
			return LocalDate.of(reference.getYear(), 12, 31);
		}
		if (m.group("mdl") != null) {
			return YearMonth.from(reference).atEndOfMonth();
		}
		if (m.group("q") != null) {
			int quarter = "一二三四".indexOf(m.group("q").charAt(0)) + 1;
			quarter = quarter == 0 ? Integer.parseInt(m.group("q")) : quarter;
			return YearMonth.of(reference.getYear(), quarter * 3).atEndOfMonth();
		}
		if (m.group("n") != null) {
			int n = number(m.group("n"));
			return switch (m.group("unit")) {
				case "月" -> reference.plusMonths(n);
				case "周" -> reference.plusWeeks(n);
				default -> reference.plusDays(n);
			};
		}
		if (m.group("lim") != null) {
			return reference.plusDays(Integer.parseInt(m.group("lim")));
		}
		if (m.group("goal") != null) {
			return LocalDate.of(Integer.parseInt(m.group("goal")), 12, 31);
		}
		return null;
	}

	private static @Nullable String recurrence(String clause) {
		Matcher m = RECURRENCE.matcher(clause);
		if (!m.find()) {
			return null;
		}
		String unit = m.group("unit");
		if (unit.startsWith("周")) {
			return "WEEKLY";
		}
		if (unit.startsWith("月")) {
			return "MONTHLY";
		}
		if (unit.startsWith("季")) {
			return "QUARTERLY";
		}
		return unit.equals("半年") ? "HALF_YEARLY" : "YEARLY";
	}

	private static String recurrenceWords(String clause) {
		Matcher m = RECURRENCE.matcher(clause);
		return m.find() ? m.group() : "";
	}

	private static int number(String text) {
		if (text.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(text);
		}
		int n = Characters.chineseNumber(text.replace('两', '二'));
		return n < 0 ? 1 : n;
	}

}
