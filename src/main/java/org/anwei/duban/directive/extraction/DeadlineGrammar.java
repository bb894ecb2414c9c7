package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The deadline a requirement states, resolved against a reference date (the meeting's,
 * else the document's own): 12月15日前, 3月底前, 年底前, 一季度末, 上半年, 到2015年, “十二五”期间, 三个月内, 限期30天,
 * and standing duties (每月, 每季度, 按周). A date without a year takes the reference year; a
 * month before the reference month means next year (a November meeting's 1月底前 is next
 * January). A date that opens a range (自…起, …至) or looks back (…以来) is not a deadline.
 */
final class DeadlineGrammar {

	private static final String NUM = DateWords.NUM;

	private static final String Y = "(?<y>(?:19|20)\\d{2})";

	/** 12月15日前, 2017年2月28日, 3月底前, 5月中旬, 明年1月底. */
	private static final Pattern MONTH_DAY = Pattern.compile("(?:" + Y + "年|(?<next>明年|次年|下一年))?(?<m>" + NUM
			+ ")月(?:(?<d>" + NUM
			+ ")[日号](?:[(（](?:星期|周)[一二三四五六日天][)）])?(?:[上下]午|\\d{1,2}[:：]\\d{2}|\\d{1,2}时|下班)?|(?<part>底|末|中旬|上旬|下旬|初|份)?)"
			+ "(?<by>前|之前|以前|止|为止)?");

	/** 年底前, 2015年底, 明年年底, 年内. */
	private static final Pattern YEAR_END = Pattern
		.compile("(?:" + Y + "年|(?<next>明)年|今年|本年|(?<![一二三四五六七八九十两个\\d])年)(?:底|末|内|度内)(?:前|之前)?");

	/** 一季度末, 2015年第三季度. */
	private static final Pattern QUARTER = Pattern.compile("(?:" + Y + "年)?第?(?<q>[一二三四1-4])季度(?:末|底)?(?:前)?");

	/** 上半年, 前三季度, 年中. */
	private static final Pattern HALF = Pattern.compile("(?:" + Y + "年)?(?<half>上半年|下半年|前三季度|年中)(?:前)?");

	/** 月底前, 本月底, 下月底 (not 3月底, which MONTH_DAY reads). */
	private static final Pattern MONTH_END = Pattern.compile("(?<![\\d一二三四五六七八九十每])(?<md>本|当|下|次)?月(?:底|末)(?:前)?");

	/** “十二五”期间: the end of a five-year plan. */
	private static final Pattern PLAN = Pattern.compile("[“\"]?十(?<plan>[一二三四五])五[”\"]?(?:期间|末|时期|规划期|时期内)?");

	private static final Pattern GOAL_YEAR = Pattern
		.compile("(?:到|至|在|于|力争到|争取到|力争在|力争)" + Y + "年(?![\\d一二三四五六七八九十]{1,2}月|[上下]半年|第?[一二三四1-4]季度)(?:底|末)?(?:前)?");

	private static final Pattern WITHIN = Pattern.compile("(?:(?<n>" + NUM
			+ "|两|半)个?(?<unit>月|天|日|周|星期|年|个?工作日|小时)(?:内|之内|以内))|限期(?<lim>" + NUM + ")(?<lunit>天|日|个月)");

	private static final Pattern RECURRENCE = Pattern
		.compile("每(?:个)?(?<every>周[一二三四五六日]?|星期|月|季度|季|半年|年|旬)|按(?<by>月|季度|季|周|年)|逐月|(?<report>月报|周报|季报|年报)");

	private static final Pattern PERIOD = Pattern
		.compile("(?:时间|期间|为期|自|从|开展|行动|活动)[^。；]{0,12}?" + "(?:(?:19|20)\\d{2}年)?" + NUM + "月" + NUM
				+ "日(?:开始|起)?\\s*(?:至|到|—|－|-|~)\\s*(?<end>(?:(?:19|20)\\d{2}年)?" + NUM + "月" + NUM + "日)");

	private DeadlineGrammar() {
	}

	/**
	 * The deadline in {@code clause}, or null: the first expression that sets a limit (前,
	 * 底, 内, 季度末 …), else the first date.
	 * @param reference the meeting's date, or the document's
	 * @param yearOnly true when only the reference's year is known (no month rule)
	 */
	static @Nullable Deadline find(String clause, @Nullable LocalDate reference, boolean yearOnly) {
		String text = clause.replace(" ", "");
		DateResolver resolver = new DateResolver(reference, yearOnly);
		List<Found> found = new ArrayList<>();
		boolean month = text.indexOf('月') >= 0;
		boolean year = text.indexOf('年') >= 0;
		Matcher m = MONTH_DAY.matcher(text);
		while (month && m.find()) {
			LocalDate date = isDeadline(text, m) ? resolver.monthDay(m) : null;
			if (date != null) {
				found.add(new Found(date, m.group(), m.start(), m.group("by") != null || m.group("part") != null));
			}
		}
		if (year) {
			collect(found, YEAR_END.matcher(text), text, resolver::yearEnd);
			collect(found, HALF.matcher(text), text, resolver::half);
			collect(found, GOAL_YEAR.matcher(text), text, g -> LocalDate.of(Integer.parseInt(g.group("y")), 12, 31));
		}
		if (text.indexOf('季') >= 0) {
			collect(found, QUARTER.matcher(text), text, resolver::quarter);
		}
		if (month) {
			collect(found, MONTH_END.matcher(text), text, resolver::monthEnd);
		}
		if (text.indexOf('五') >= 0) {
			collect(found, PLAN.matcher(text), text,
					p -> LocalDate.of(2010 + 5 * "一二三四五".indexOf(p.group("plan").charAt(0)), 12, 31));
		}
		if (reference != null && !yearOnly && (text.indexOf('内') >= 0 || text.contains("限期"))) {
			collect(found, WITHIN.matcher(text), text, w -> within(w, reference));
		}
		String recurrence = recurrence(text);
		Found chosen = found.stream()
			.filter(Found::by)
			.min(Comparator.comparingInt(Found::at))
			.orElse(found.stream().min(Comparator.comparingInt(Found::at)).orElse(null));
		if (chosen != null) {
			return new Deadline(chosen.date(), recurrence, chosen.phrase());
		}
		return recurrence == null ? null : new Deadline(null, recurrence, recurrenceWords(text));
	}

	private static void collect(List<Found> found, Matcher m, String text,
			Function<Matcher, @Nullable LocalDate> date) {
		while (m.find()) {
			if (!isDeadline(text, m)) {
				continue;
			}
			LocalDate resolved = date.apply(m);
			if (resolved != null) {
				found.add(new Found(resolved, m.group(), m.start(), true));
			}
		}
	}

	/**
	 * The end of an action period the document declares (此次专项行动时间为12月1日至2月28日): the
	 * deadline of every requirement that states none of its own.
	 */
	static @Nullable Deadline periodEnd(String text, @Nullable LocalDate reference, boolean yearOnly) {
		Matcher m = PERIOD.matcher(text);
		if (!m.find()) {
			return null;
		}
		Deadline end = find(m.group("end") + "前", reference, yearOnly);
		return end == null || end.date() == null ? null : new Deadline(end.date(), null, m.group("end"));
	}

	/** Not the start of a range, a starting point, or a look back. */
	private static boolean isDeadline(String text, Matcher m) {
		String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
		String before = text.substring(Math.max(0, m.start() - 2), m.start());
		if (after.startsWith("至") || after.startsWith("到") || after.startsWith("—") || after.startsWith("-")
				|| after.startsWith("~") || after.startsWith("以来") || after.startsWith("起") || after.startsWith("开始")
				|| after.startsWith("召开") || after.startsWith("发布") || after.startsWith("印发")) {
			return false;
		}
		// 截至10月底 looks back (as of); 截止12月25日 sets a limit
		return !before.endsWith("自") && !before.endsWith("从") && !before.endsWith("截至");
	}

	private static LocalDate within(Matcher m, LocalDate reference) {
		if (m.group("lim") != null) {
			int n = Math.max(1, Characters.number(m.group("lim")));
			return m.group("lunit").equals("个月") ? reference.plusMonths(n) : reference.plusDays(n);
		}
		String count = m.group("n");
		int n = count.equals("半") ? 0 : Math.max(1, Characters.number(count));
		return switch (m.group("unit")) {
			case "月" -> count.equals("半") ? reference.plusDays(15) : reference.plusMonths(n);
			case "年" -> count.equals("半") ? reference.plusMonths(6) : reference.plusYears(n);
			case "周", "星期" -> reference.plusWeeks(n);
			case "小时" -> reference.plusDays(Math.max(1, (n + 23) / 24));
			case "工作日", "个工作日" -> plusWorkingDays(reference, n);
			default -> reference.plusDays(n);
		};
	}

	private static LocalDate plusWorkingDays(LocalDate from, int days) {
		LocalDate date = from;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek().getValue() <= 5) {
				left--;
			}
		}
		return date;
	}

	private static @Nullable String recurrence(String text) {
		Matcher m = RECURRENCE.matcher(text);
		if (!m.find()) {
			return null;
		}
		String unit = m.group("every") != null ? m.group("every") : m.group("by") != null ? m.group("by")
				: m.group("report") != null ? m.group("report").substring(0, 1) : "月";
		if (unit.startsWith("周") || unit.startsWith("星期")) {
			return "WEEKLY";
		}
		if (unit.startsWith("月") || unit.equals("旬")) {
			return "MONTHLY";
		}
		if (unit.startsWith("季")) {
			return "QUARTERLY";
		}
		return unit.equals("半年") ? "HALF_YEARLY" : "YEARLY";
	}

	private static String recurrenceWords(String text) {
		Matcher m = RECURRENCE.matcher(text);
		return m.find() ? m.group() : "";
	}

	private record Found(LocalDate date, String phrase, int at, boolean by) {
	}

}
