package org.anwei.duban.directive.extraction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines against a November 2026 meeting, on phrases written for this test: absolute
 * and relative forms, the year rules, recurrences, and what is not a deadline.
 */
class DeadlineGrammarTest {

	private static final LocalDate NOVEMBER_MEETING = LocalDate.of(2026, 11, 10);

	private static @Nullable LocalDate date(String phrase) {
		Deadline deadline = DeadlineGrammar.find(phrase, NOVEMBER_MEETING, false);
		return deadline == null ? null : deadline.date();
	}

	private static @Nullable String recurrence(String phrase) {
		Deadline deadline = DeadlineGrammar.find(phrase, NOVEMBER_MEETING, false);
		return deadline == null ? null : deadline.recurrence();
	}

	@Test
	void days_and_month_parts() {
		assertThat(date("各县区要于12月15日前完成整改")).isEqualTo("2026-12-15");
		assertThat(date("请于11月30日下班前报送")).isEqualTo("2026-11-30");
		assertThat(date("12 月 15 日前")).isEqualTo("2026-12-15");
		assertThat(date("于十二月十五日前")).isEqualTo("2026-12-15");
		assertThat(date("12月中旬前")).isEqualTo("2026-12-20");
		assertThat(date("12月上旬")).isEqualTo("2026-12-10");
		assertThat(date("11月底前")).isEqualTo("2026-11-30");
		assertThat(date("本月底前")).isEqualTo("2026-11-30");
		assertThat(date("下月底前")).isEqualTo("2026-12-31");
	}

	@Test
	void a_month_before_the_meetings_month_is_next_year() {
		assertThat(date("1月底前报市安委办")).isEqualTo("2027-01-31");
		assertThat(date("3月底前完成")).isEqualTo("2027-03-31");
		assertThat(date("在2月28日前")).isEqualTo("2027-02-28");
		assertThat(date("一季度末前报送")).isEqualTo("2027-03-31");
		assertThat(date("上半年完成")).isEqualTo("2027-06-30");
		assertThat(DeadlineGrammar.find("3月底前", LocalDate.of(2009, 1, 15), false).date()).isEqualTo("2009-03-31");
	}

	@Test
	void years_written_out_and_known_only_from_the_document() {
		assertThat(date("于2017年2月28日前完成")).isEqualTo("2017-02-28");
		assertThat(date("2027年6月底前")).isEqualTo("2027-06-30");
		assertThat(date("明年3月底前")).isEqualTo("2027-03-31");
		assertThat(date("年底前全部完成")).isEqualTo("2026-12-31");
		assertThat(date("今年年底前")).isEqualTo("2026-12-31");
		assertThat(date("力争到2015年全面达标")).isEqualTo("2015-12-31");
		assertThat(date("到2020年底")).isEqualTo("2020-12-31");
		assertThat(date("“十二五”期间基本建成")).isEqualTo("2015-12-31");
		// a year from the document number only: no month rule
		assertThat(DeadlineGrammar.find("3月底前", LocalDate.of(2020, 1, 1), true).date()).isEqualTo("2020-03-31");
	}

	@Test
	void periods_counted_from_the_meeting() {
		assertThat(date("在三个月内完成整改")).isEqualTo("2027-02-10");
		assertThat(date("限期30天整改到位")).isEqualTo("2026-12-10");
		assertThat(date("10个工作日内上报")).isEqualTo("2026-11-24");
		assertThat(date("24小时内报告")).isEqualTo("2026-11-11");
		assertThat(date("三年内完成")).isEqualTo("2029-11-10");
	}

	@Test
	void the_end_of_a_range_not_its_start() {
		assertThat(date("自11月1日起至12月31日")).isEqualTo("2026-12-31");
		assertThat(date("11月1日至12月31日开展专项整治")).isEqualTo("2026-12-31");
	}

	@Test
	void standing_duties_recur() {
		assertThat(recurrence("每月5日前报送上月情况")).isEqualTo("MONTHLY");
		assertThat(recurrence("每季度末报送")).isEqualTo("QUARTERLY");
		assertThat(recurrence("按月报送隐患台账")).isEqualTo("MONTHLY");
		assertThat(recurrence("每周一报送周报")).isEqualTo("WEEKLY");
	}

	@Test
	void look_backs_starting_points_and_holidays_are_no_deadlines() {
		assertThat(DeadlineGrammar.find("截至10月底已完成排查", NOVEMBER_MEETING, false)).isNull();
		assertThat(DeadlineGrammar.find("2020年以来累计排查隐患", NOVEMBER_MEETING, false)).isNull();
		assertThat(DeadlineGrammar.find("春节前能整改的要立即整改", NOVEMBER_MEETING, false)).isNull();
		assertThat(DeadlineGrammar.find("3月开展了检查", NOVEMBER_MEETING, false)).isNull();
		assertThat(DeadlineGrammar.find("年底前完成", null, false)).isNull();
	}

}
