package org.anwei.duban.demo;

import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingStatus;
import org.anwei.duban.task.StatusLight;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.RecheckItem;
import org.anwei.duban.hazard.RecheckService;
import org.anwei.duban.hazard.RecheckStatus;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo work a new user meets: a reviewed meeting, issued tasks, an overdue one with
 * its 督办.
 */
class DemoWorkTest extends SignedInAsAdminTest {

	@Autowired
	DemoWork demo;

	@Autowired
	org.anwei.duban.dashboard.DashboardService dashboards;

	@Autowired
	DirectiveQueries directives;

	@Autowired
	TaskQueries tasks;

	@Autowired
	SupervisionService supervision;

	@Autowired
	HazardQueries hazards;

	@Autowired
	RecheckService rechecks;

	@Autowired
	org.anwei.duban.inspection.InspectionQueries inspections;

	private static HazardFilter status(HazardStatus status) {
		return new HazardFilter(null, null, status, null, null, null, null, false, false, null, null);
	}

	private static HazardFilter rebounds() {
		return new HazardFilter(null, null, null, null, null, null, null, false, true, null, null);
	}

	@Test
	void the_demo_shows_every_stage_of_the_work() {
		this.users.login(TestUsers.STAFF);
		long hazardsBefore = this.hazards.count(HazardFilter.none());
		long closedBefore = this.hazards.count(status(HazardStatus.CLOSED));
		long awaitingBefore = this.hazards.count(status(HazardStatus.AWAITING_ACCEPTANCE));
		long reboundsBefore = this.hazards.count(rebounds());
		MeetingDetails meeting = this.demo.create();
		assertThat(this.hazards.count(HazardFilter.none()) - hazardsBefore).as("a living ledger")
			.isEqualTo(DemoLedger.HAZARDS + 1 + DemoInspections.HAZARDS);
		assertThat(this.hazards.count(status(HazardStatus.CLOSED)) - closedBefore).isGreaterThan(80);
		assertThat(this.hazards.count(status(HazardStatus.AWAITING_ACCEPTANCE)) - awaitingBefore).isGreaterThan(10);
		assertThat(this.hazards.count(rebounds()) - reboundsBefore).isEqualTo(1);
		assertThat(this.hazards
			.count(new HazardFilter(null, HazardLevel.MAJOR, null, null, null, null, null, false, false, null, null)))
			.isGreaterThan(5);
		assertThat(
				this.hazards.count(new HazardFilter(null, null, null, null, null, null, null, true, false, null, null)))
			.as("some are overdue")
			.isGreaterThan(0);
		List<RecheckItem> rechecks = this.rechecks.list(null, PageRequest.of(0, 100_000));
		assertThat(rechecks).as("re-inspections of hazards closed one to three months ago")
			.extracting(RecheckItem::status)
			.contains(RecheckStatus.PENDING, RecheckStatus.HELD, RecheckStatus.REBOUND);
		assertThat(rechecks).as("last month's draw is partly overdue").anyMatch(RecheckItem::overdue);
		assertThat(rechecks.stream()
			.map(r -> java.time.YearMonth.from(r.closedAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))))
			.distinct()
			.count()).as("close-out dates spread over the months, as replayed").isGreaterThanOrEqualTo(2);
		assertThat(this.inspections.list(org.anwei.duban.inspection.InspectionFilter.none(), PageRequest.of(0, 1000)))
			.as("the demo's inspections, with what they found")
			.filteredOn(i -> i.findingCount() > 1)
			.hasSizeGreaterThanOrEqualTo(DemoInspections.INSPECTIONS);
		assertThat(meeting.status()).isEqualTo(MeetingStatus.DECOMPOSED);
		List<DirectiveDetails> found = this.directives.forDocument(meeting.id(), meeting.documents().getFirst().id());
		assertThat(found).hasSizeGreaterThanOrEqualTo(5);
		assertThat(found).extracting(DirectiveDetails::status)
			.contains(DirectiveStatus.ISSUED, DirectiveStatus.PROPOSED);
		List<TaskListItem> issued = this.tasks
			.list(new TaskFilter(null, null, null, null, meeting.id(), null, null, null), PageRequest.of(0, 20));
		assertThat(issued).hasSizeGreaterThanOrEqualTo(3);
		TaskListItem overdue = this.tasks
			.list(new TaskFilter("汛后水毁道路隐患排查", null, StatusLight.RED, null, null, null, null, null),
					PageRequest.of(0, 20))
			.getFirst();
		assertThat(this.supervision.notices(TaskQueries.SUPERVISED_TYPE, overdue.id())).isNotEmpty();

		// the dashboard means something: most departments have work and hazards, done on
		// time and late, open and overdue, over the months
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		var halfYear = new org.anwei.duban.base.ReportingPeriod(today.minusMonths(6), today);
		var dashboard = this.dashboards.dashboard(org.anwei.duban.dashboard.DashboardFilter.of(halfYear));
		assertThat(dashboard.ranking()).as("member departments and districts with tasks issued in half a year")
			.filteredOn(r -> r.tasks().current().issued() > 0)
			.hasSizeGreaterThanOrEqualTo(DemoTaskHistory.DEPARTMENTS.size());
		assertThat(dashboard.ranking()).as("departments with hazards")
			.filteredOn(r -> r.hazards().found() > 0)
			.hasSizeGreaterThanOrEqualTo(10);
		var figures = dashboard.headline().tasks().current();
		assertThat(figures.onTime()).isGreaterThan(figures.overdue()).isGreaterThan(5);
		assertThat(figures.returns()).isPositive();
		assertThat(figures.extensions()).isPositive();
		assertThat(figures.urges()).isPositive();
		assertThat(dashboard.trend()).as("tasks issued in most of the last six months")
			.filteredOn(m -> m.issued() > 0)
			.hasSizeGreaterThanOrEqualTo(5);
		assertThat(dashboard.ranking()).extracting(org.anwei.duban.dashboard.RankingRow::light)
			.contains(StatusLight.RED, StatusLight.GREEN);
		assertThat(dashboard.meetings()).as("the demo meeting's progress, with its title").anySatisfy(m -> {
			assertThat(m.meetingId()).isEqualTo(meeting.id());
			assertThat(m.title()).isEqualTo(meeting.title());
			assertThat(m.tasks()).isEqualTo(issued.size());
		});
	}

}
