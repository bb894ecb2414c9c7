package org.anwei.duban.task;

import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.directive.DirectiveCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.anwei.duban.task.TaskFigureFixture.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each task figure against the hand count of {@link TaskFigureFixture}, and each figure's
 * drill-down list against its number.
 */
class TaskStatisticsTest extends SignedInAsAdminTest {

	private static final ReportingPeriod PERIOD = ReportingPeriod.of(MONTH);

	@Autowired
	TaskStatistics statistics;

	@Autowired
	TaskQueries queries;

	@Autowired
	TaskFigureFixtures fixtures;

	private TaskFigureFixture f;

	@BeforeEach
	void seed() {
		this.f = this.fixtures.create();
	}

	@Test
	void the_lead_departments_figures_match_the_hand_count() {
		this.users.login(TestUsers.STAFF);
		DepartmentTaskFigures first = row(
				this.statistics.byLeadDepartment(TaskFilter.scope(this.f.first, null, null), PERIOD), this.f.first);
		PeriodTaskFigures month = first.current();
		assertThat(month.issued()).as("T1, T2, T3, T5").isEqualTo(4);
		assertThat(month.openAtEnd()).as("T3, T4").isEqualTo(2);
		assertThat(month.completed()).as("T1, T2").isEqualTo(2);
		assertThat(month.averageDaysToComplete()).as("(10 + 17) / 2").isEqualTo(13.5);
		assertThat(month.onTime()).as("T1").isEqualTo(1);
		assertThat(month.overdue()).as("T2 done late, T3 never").isEqualTo(2);
		assertThat(month.onTimeRate()).isEqualTo(1.0 / 3);
		assertThat(month.extensions()).as("T3 once").isEqualTo(1);
		assertThat(month.returns()).as("T4 once").isEqualTo(1);
		assertThat(month.urges()).as("T4 once").isEqualTo(1);
		PeriodTaskFigures before = first.previous();
		assertThat(before.issued()).as("T4").isEqualTo(1);
		assertThat(before.openAtEnd()).as("T4").isEqualTo(1);
		assertThat(before.completed() + before.onTime() + before.overdue()).isZero();
		assertThat(before.onTimeRate()).as("nothing due").isNull();
		assertThat(first.red()).as("T3, T4 now").isEqualTo(2);
		assertThat(first.yellow() + first.green()).isZero();
		assertThat(first.stale()).as("T3, T4 untouched for years").isEqualTo(2);

		DepartmentTaskFigures second = row(
				this.statistics.byLeadDepartment(TaskFilter.scope(this.f.second, null, null), PERIOD), this.f.second);
		assertThat(second.current().issued()).as("T6 counts for its lead only").isEqualTo(1);
		assertThat(second.current().overdue()).isEqualTo(1);
	}

	@Test
	void every_figure_drills_down_to_a_list_of_as_many_tasks() {
		this.users.login(TestUsers.STAFF);
		TaskFilter scope = TaskFilter.scope(this.f.first, null, null);
		DepartmentTaskFigures first = row(this.statistics.byLeadDepartment(scope, PERIOD), this.f.first);
		for (TaskFigure figure : TaskFigure.values()) {
			TaskFilter drill = scope.with(new FigureFilter(figure, PERIOD));
			long listed = this.queries.count(drill);
			assertThat(this.queries.list(drill, PageRequest.of(0, 50))).hasSize((int) listed);
			long expected = switch (figure) {
				case RED -> first.red();
				case YELLOW -> first.yellow();
				case GREEN -> first.green();
				case STALE -> first.stale();
				// a task extended, returned or urged several times is listed once
				case EXTENDED, RETURNED, URGED -> 1;
				default -> first.current().of(figure);
			};
			assertThat(listed).as(figure.name()).isEqualTo(expected);
		}
		assertThat(this.queries.list(scope.with(new FigureFilter(TaskFigure.ON_TIME, PERIOD)), PageRequest.of(0, 5)))
			.extracting(TaskListItem::id)
			.containsExactly(this.f.t1);
	}

	@Test
	void category_and_the_trend_count_the_same_tasks() {
		this.users.login(TestUsers.STAFF);
		TaskFilter fire = TaskFilter.scope(this.f.first, null, DirectiveCategory.FIRE);
		assertThat(row(this.statistics.byLeadDepartment(fire, PERIOD), this.f.first).current().issued())
			.as("T2 is construction")
			.isEqualTo(3);
		List<MonthTaskFigures> trend = this.statistics.trend(TaskFilter.scope(this.f.first, null, null), MONTH, 2);
		assertThat(trend).containsExactly(new MonthTaskFigures(MONTH.minusMonths(1), 1, 0, 0),
				new MonthTaskFigures(MONTH, 4, 2, 2));
	}

	@Test
	void a_leader_counts_only_the_tasks_their_departments_lead() {
		this.users.login(this.f.leader);
		List<DepartmentTaskFigures> rows = this.statistics.byLeadDepartment(TaskFilter.none(), PERIOD);
		assertThat(rows).extracting(DepartmentTaskFigures::departmentId).containsExactly(this.f.first);
		TaskFilter issued = TaskFilter.none().with(new FigureFilter(TaskFigure.ISSUED, PERIOD));
		assertThat(this.queries.count(issued)).as("not T6, which the second department leads").isEqualTo(4);
		assertThat(this.statistics.byLeadDepartment(TaskFilter.scope(this.f.second, null, null), PERIOD))
			.as("a department outside the leader's oversight")
			.isEmpty();

		this.users.login(this.f.secondLiaison);
		assertThat(this.statistics.byLeadDepartment(TaskFilter.none(), PERIOD))
			.extracting(DepartmentTaskFigures::departmentId)
			.containsExactly(this.f.second);
	}

	private static DepartmentTaskFigures row(List<DepartmentTaskFigures> rows, long department) {
		return rows.stream().filter(r -> r.departmentId() == department).findFirst().orElseThrow();
	}

}
