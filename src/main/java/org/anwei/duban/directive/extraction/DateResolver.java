package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/**
 * Turns the words of a deadline into a date against the reference (the meeting's date,
 * else the document's): a date without a year takes the reference year, and the next one
 * when its month lies before the reference month; when only the reference's year is known
 * ({@code yearOnly}) no month rule applies.
 */
record DateResolver(@Nullable LocalDate reference, boolean yearOnly) {

	@Nullable LocalDate monthDay(Matcher m) {
		int month = Characters.number(m.group("m"));
		Integer year = year(m, month);
		if (month < 1 || month > 12 || year == null) {
			return null;
		}
		YearMonth yearMonth = YearMonth.of(year, month);
		if (m.group("d") != null) {
			int day = Characters.number(m.group("d"));
			return day < 1 || day > 31 ? null : yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
		}
		String part = m.group("part");
		if (part == null) {
			// 3月前: before March; 3月 alone is no deadline
			return m.group("by") == null ? null : yearMonth.minusMonths(1).atEndOfMonth();
		}
		return switch (part) {
			case "上旬" -> yearMonth.atDay(10);
			case "中旬" -> yearMonth.atDay(20);
			case "初" -> yearMonth.atDay(5);
			default -> yearMonth.atEndOfMonth();
		};
	}

	@Nullable LocalDate yearEnd(Matcher m) {
		Integer year = year(m, 12);
		return year == null ? null : LocalDate.of(year, 12, 31);
	}

	@Nullable LocalDate quarter(Matcher m) {
		int quarter = "一二三四".indexOf(m.group("q").charAt(0)) + 1;
		quarter = quarter == 0 ? Integer.parseInt(m.group("q")) : quarter;
		Integer year = year(m, quarter * 3);
		return year == null ? null : YearMonth.of(year, quarter * 3).atEndOfMonth();
	}

	@Nullable LocalDate half(Matcher m) {
		int month = switch (m.group("half")) {
			case "上半年", "年中" -> 6;
			case "前三季度" -> 9;
			default -> 12;
		};
		Integer year = year(m, month);
		return year == null ? null : YearMonth.of(year, month).atEndOfMonth();
	}

	@Nullable LocalDate monthEnd(Matcher m) {
		if (this.reference == null || this.yearOnly) {
			return null;
		}
		YearMonth month = YearMonth.from(this.reference);
		String which = m.group("md");
		return ("下".equals(which) || "次".equals(which) ? month.plusMonths(1) : month).atEndOfMonth();
	}

	/**
	 * The year of a date ending in {@code month}: its own, else the reference's, and the
	 * next when the month lies before the reference month.
	 */
	private @Nullable Integer year(Matcher m, int month) {
		String own = group(m, "y");
		if (own != null) {
			return Integer.valueOf(own);
		}
		if (this.reference == null) {
			return null;
		}
		int year = this.reference.getYear();
		if (group(m, "next") != null) {
			return year + 1;
		}
		return !this.yearOnly && month < this.reference.getMonthValue() ? year + 1 : year;
	}

	private static @Nullable String group(Matcher m, String name) {
		try {
			return m.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
