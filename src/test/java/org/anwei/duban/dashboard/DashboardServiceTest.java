package org.anwei.duban.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.accountability.AccountabilityCommand;
import org.anwei.duban.accountability.AccountabilityKind;
import org.anwei.duban.accountability.AccountabilityService;
import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.StatusLight;
import org.anwei.duban.task.TaskFigureFixture;
import org.anwei.duban.task.TaskFigureFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.anwei.duban.task.TaskFigureFixture.MONTH;
import static org.anwei.duban.task.TaskFigureFixture.ZONE;
import static org.anwei.duban.task.TaskFigureFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard's hazard and accountability figures, the score and the light against a
 * hand count, on the task fixture plus, for its first department:
 * <ul>
 * <li>H1 found on the 3rd, time limit the 10th, never rectified (open, overdue);</li>
 * <li>H2 major, found on the 12th, due in a month from now (open);</li>
 * <li>H4 found and closed out the month before, at the unit of H5, found on the 20th (a
 * rebound, open);</li>
 * <li>H6 of the second department, supervised by the first, found on the 22nd (open, for
 * both);</li>
 * <li>an interview on the 16th and a commendation on the 17th; a criticism the month
 * before.</li>
 * </ul>
 */
class DashboardServiceTest extends SignedInAsAdminTest {

	private static final ReportingPeriod PERIOD = ReportingPeriod.of(MONTH);

	@Autowired
	DashboardService dashboards;

	@Autowired
	HazardService hazards;

	@Autowired
	AccountabilityService accountability;

	@Autowired
	DepartmentService departments;

	@Autowired
	ReplayClock clock;

	@Autowired
	TaskFigureFixtures fixtures;

	private TaskFigureFixture f;

	@BeforeEach
	void seed() {
		this.f = this.fixtures.create();
		this.users.login(TestUsers.STAFF);
		String unit = "驾驶舱夹具" + System.nanoTime();
		long a = this.f.first;
		LocalDate later = LocalDate.now(ZONE).plusMonths(1);
		on(day(3), () -> this.hazards.register(HazardTestData.general(unit + "甲厂", a, day(3), day(10)), List.of()));
		on(day(12), () -> this.hazards.register(HazardTestData.major(unit + "乙厂", a, day(12), later), List.of()));
		LocalDate before = MONTH.minusMonths(1).atDay(5);
		HazardDetails h4 = on(before, () -> this.hazards
			.register(HazardTestData.general(unit + "丙厂", a, before, before.plusDays(10)), List.of()));
		HazardDetails h4a = on(before.plusDays(1), () -> this.hazards.start(h4.id(), h4.version()));
		HazardDetails h4b = on(before.plusDays(2),
				() -> this.hazards.reportRectified(h4a.id(), h4a.version(), "已整改。", List.of()));
		on(before.plusDays(3), () -> this.hazards.accept(h4b.id(), h4b.version(), true, "同意销号。", List.of()));
		HazardDetails h5 = on(day(20),
				() -> this.hazards.register(HazardTestData.general(unit + "丙厂", a, day(20), later), List.of()));
		assertThat(h5.reboundOfId()).isEqualTo(h4.id());
		on(day(22), () -> this.hazards.register(
				HazardTestData.supervisedBy(HazardTestData.general(unit + "丁厂", this.f.second, day(22), later), a),
				List.of()));
		record(AccountabilityKind.INTERVIEW, day(16));
		record(AccountabilityKind.COMMENDATION, day(17));
		record(AccountabilityKind.CRITICISM, MONTH.minusMonths(1).atDay(9));
	}

	@Test
	void the_departments_line_and_the_headline_match_the_hand_count() {
		this.users.login(TestUsers.STAFF);
		Dashboard dashboard = this.dashboards.dashboard(new DashboardFilter(PERIOD, null, this.f.first, null, null));
		assertThat(dashboard.ranking()).singleElement().satisfies(row -> {
			assertThat(row.department().id()).isEqualTo(this.f.first);
			assertThat(row.hazards())
				.as("found H1 H2 H5 H6; before H4; rebound H5; open H1 H2 H5 H6; major H2; overdue H1")
				.isEqualTo(new HazardFigures(4, 1, 1, 0, 4, 1, 1));
			assertThat(row.actions()).as("the interview, not the commendation").isEqualTo(1);
			assertThat(row.score()).as("100/3 − 2×5 − 2×2 − 2 − 1 − 1 − 1 overdue hazard × 3").isEqualTo(12.3);
			assertThat(row.light()).isEqualTo(StatusLight.RED);
			assertThat(row.rank()).isOne();
		});
		Headline headline = dashboard.headline();
		assertThat(headline.hazards()).isEqualTo(new HazardFigures(4, 1, 1, 0, 4, 1, 1));
		assertThat(headline.actions()).isEqualTo(1);
		assertThat(headline.actionsBefore()).as("the criticism").isEqualTo(1);
		assertThat(headline.tasks().current().issued()).isEqualTo(4);
		assertThat(dashboard.hazardsByDistrict()).singleElement().satisfies(row -> {
			assertThat(row.key().parameter()).isEqualTo("城东区");
			assertThat(row.general()).isEqualTo(3);
			assertThat(row.major()).isEqualTo(1);
		});
		assertThat(dashboard.trend()).hasSize(12);
		assertThat(dashboard.trend().getLast().issued()).isEqualTo(4);
	}

	@Test
	void a_hazard_supervised_for_another_department_counts_for_both_but_once_in_the_headline() {
		this.users.login(TestUsers.STAFF);
		Dashboard second = this.dashboards.dashboard(new DashboardFilter(PERIOD, null, this.f.second, null, null));
		assertThat(second.ranking().getFirst().hazards().open()).as("H6").isEqualTo(1);
		assertThat(second.headline().hazards().open()).isEqualTo(1);
	}

	@Test
	void a_leader_sees_the_overseen_department_only_and_a_liaison_no_dashboard() {
		this.users.login(this.f.leader);
		Dashboard dashboard = this.dashboards.dashboard(DashboardFilter.of(PERIOD));
		assertThat(dashboard.ranking()).extracting(r -> r.department().id()).containsExactly(this.f.first);
		assertThat(dashboard.headline().hazards().found()).as("H6 is supervised by the first department").isEqualTo(4);
		assertThat(dashboard.headline().actions()).isEqualTo(1);

		this.users.login(this.f.firstLiaison);
		assertThatThrownBy(() -> this.dashboards.dashboard(DashboardFilter.of(PERIOD)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_previous_period_of_whole_months_is_as_many_whole_months() {
		assertThat(ReportingPeriod.of(MONTH).previous()).isEqualTo(ReportingPeriod.of(MONTH.minusMonths(1)));
		ReportingPeriod quarter = new ReportingPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
		assertThat(quarter.previous())
			.isEqualTo(new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
		ReportingPeriod days = new ReportingPeriod(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19));
		assertThat(days.previous()).isEqualTo(new ReportingPeriod(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 9)));
	}

	private void record(AccountabilityKind kind, LocalDate date) {
		this.accountability.record(
				new AccountabilityCommand(kind, date, this.f.first, "张某", "夹具记录。", "安委办", Set.of(), Set.of(), null));
	}

	private <T> T on(LocalDate day, Supplier<T> step) {
		return this.clock.at(day.atTime(10, 0).atZone(ZONE).toInstant(), step);
	}

}
