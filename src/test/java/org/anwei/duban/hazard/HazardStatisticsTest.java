package org.anwei.duban.hazard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's figures against a hand-computed fixture: five hazards whose steps are
 * replayed on chosen days around a month long ago (so no other test's hazards count),
 * then each column of the month's figures and the distribution table checked by hand.
 */
class HazardStatisticsTest extends SignedInAsAdminTest {

	private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(40);

	@Autowired
	HazardService hazards;

	@Autowired
	HazardStatistics statistics;

	@Autowired
	DepartmentService departments;

	@Autowired
	ReplayClock clock;

	private <T> T on(LocalDate day, Supplier<T> step) {
		return this.clock.at(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), step);
	}

	private static LocalDate day(int d) {
		return MONTH.atDay(d);
	}

	@Test
	void a_months_figures_and_the_distribution_match_the_hand_count() {
		this.users.login(TestUsers.STAFF);
		long yjj = DirectiveTestData.department(this.departments, "YJJ").id();
		String marker = "统计夹具" + System.nanoTime();
		// A: found on the 5th, rectified on the 8th, closed out on the 9th
		HazardDetails a = on(day(5),
				() -> this.hazards.register(HazardTestData.general(marker + "甲厂", yjj, day(5), day(10)), List.of()));
		HazardDetails a1 = on(day(6), () -> this.hazards.start(a.id(), a.version()));
		HazardDetails a2 = on(day(8), () -> this.hazards.reportRectified(a1.id(), a1.version(), "已整改。", List.of()));
		on(day(9), () -> this.hazards.accept(a2.id(), a2.version(), true, "同意销号。", List.of()));
		// B: major, found on the 12th, due on the 20th, never rectified: overdue at the
		// end
		on(day(12), () -> this.hazards.register(HazardTestData.major(marker + "乙厂", yjj, day(12), day(20)), List.of()));
		// C: found on the 25th, due next month: open, not overdue
		on(day(25), () -> this.hazards
			.register(HazardTestData.general(marker + "丙厂", yjj, day(25), MONTH.plusMonths(1).atDay(5)), List.of()));
		// D: found the month before, rectified on the 3rd, closed out next month
		LocalDate before = MONTH.minusMonths(1).atDay(10);
		HazardDetails d = on(before, () -> this.hazards
			.register(HazardTestData.general(marker + "丁厂", yjj, before, before.plusDays(10)), List.of()));
		HazardDetails d1 = on(before.plusDays(1), () -> this.hazards.start(d.id(), d.version()));
		HazardDetails d2 = on(day(3), () -> this.hazards.reportRectified(d1.id(), d1.version(), "已整改。", List.of()));
		on(MONTH.plusMonths(1).atDay(2), () -> this.hazards.accept(d2.id(), d2.version(), true, "同意。", List.of()));
		// E: at A's unit, found on the 15th: a rebound; due next month
		HazardDetails e = on(day(15), () -> this.hazards
			.register(HazardTestData.general(marker + "甲厂", yjj, day(15), MONTH.plusMonths(1).atDay(5)), List.of()));
		assertThat(e.reboundOfId()).isEqualTo(a.id());

		List<MonthlyFigures> byLevel = this.statistics.monthly(MONTH, StatisticsDimension.LEVEL);
		assertThat(figures(byLevel, HazardLevel.GENERAL)).as("A, C, E found; A, D rectified; A closed; C, D, E open")
			.isEqualTo(new long[] { 3, 2, 1, 3, 0, 1 });
		assertThat(figures(byLevel, HazardLevel.MAJOR)).as("B found, open and overdue")
			.isEqualTo(new long[] { 1, 0, 0, 1, 1, 0 });
		assertThat(this.statistics.monthly(MONTH, StatisticsDimension.DEPARTMENT)).singleElement()
			.satisfies(f -> assertThat(f.key().parameter()).isEqualTo("YJJ"));
		assertThat(this.statistics.monthly(MONTH.minusMonths(1), StatisticsDimension.LEVEL))
			.as("the month before: only D, found and open at its end")
			.singleElement()
			.satisfies(f -> assertThat(new long[] { f.found(), f.rectified(), f.closed(), f.openAtEnd() })
				.isEqualTo(new long[] { 1, 0, 0, 1 }));

		HazardFilter fixture = new HazardFilter(marker, null, null, null, null, null, null, false, false, null, null);
		assertThat(this.statistics.byLevel(fixture, StatisticsDimension.DISTRICT)).singleElement().satisfies(row -> {
			assertThat(row.key().parameter()).isEqualTo("城东区");
			assertThat(row.general()).isEqualTo(4);
			assertThat(row.major()).isEqualTo(1);
		});
		HazardFilter closed = new HazardFilter(marker, null, HazardStatus.CLOSED, null, null, null, null, false, false,
				null, null);
		assertThat(this.statistics.byLevel(closed, StatisticsDimension.INDUSTRY)).singleElement()
			.satisfies(row -> assertThat(row.total()).as("A and D").isEqualTo(2));

		this.users.login(TestUsers.DEPT_ZJJ);
		assertThat(this.statistics.monthly(MONTH, StatisticsDimension.LEVEL)).as("another department's hazards")
			.isEmpty();
	}

	private static long[] figures(List<MonthlyFigures> rows, HazardLevel level) {
		MonthlyFigures f = rows.stream()
			.filter(r -> r.key().parameter().equals(level.name()))
			.findFirst()
			.orElseThrow();
		return new long[] { f.found(), f.rectified(), f.closed(), f.openAtEnd(), f.overdueAtEnd(), f.rebounds() };
	}

}
