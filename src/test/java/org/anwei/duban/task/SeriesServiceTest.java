package org.anwei.duban.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveService;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.directive.Recurrence;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.anwei.duban.directive.DirectiveTestData.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recurring tasks: each occurrence its own task, due at its period's end, ended by count
 * or date.
 */
class SeriesServiceTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	SeriesService series;

	@Autowired
	TaskQueries queries;

	@Autowired
	DepartmentService departments;

	@Autowired
	MeetingService meetings;

	@Autowired
	DirectiveService directives;

	@Autowired
	DirectiveQueries directiveQueries;

	@BeforeEach
	void staff() {
		this.users.login(TestUsers.STAFF);
	}

	@Test
	void a_monthly_series_issues_one_task_per_month_until_its_count_is_reached() {
		String title = "月报" + Long.toString(System.nanoTime(), 36);
		this.series.create(new SeriesCommand(command(title), Recurrence.MONTHLY, TODAY, null, 3));
		assertThat(deadlines(title)).containsExactly(TODAY.with(TemporalAdjusters.lastDayOfMonth()));

		this.series.issueDue(TODAY.plusMonths(1).withDayOfMonth(1));
		this.series.issueDue(TODAY.plusYears(2));

		assertThat(deadlines(title)).containsExactly(TODAY.with(TemporalAdjusters.lastDayOfMonth()),
				TODAY.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()),
				TODAY.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()));
		assertThat(this.queries.list(filter(title), PageRequest.of(0, 10))).extracting(TaskListItem::title)
			.containsExactly(title + "（第1期）", title + "（第2期）", title + "（第3期）");
	}

	@Test
	void a_weekly_series_ends_at_its_end_date() {
		String title = "周报" + Long.toString(System.nanoTime(), 36);
		LocalDate monday = TODAY.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		this.series.create(new SeriesCommand(command(title), Recurrence.WEEKLY, monday, monday.plusDays(11), null));
		this.series.issueDue(monday.plusWeeks(8));
		assertThat(deadlines(title)).containsExactly(monday.plusDays(4), monday.plusDays(11));
		assertThatThrownBy(
				() -> this.series.create(new SeriesCommand(command(title), null, TODAY, TODAY.minusDays(1), 0)))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors()).hasSize(3));
	}

	@Test
	void a_requirement_due_every_month_end_becomes_a_recurring_series() {
		var f = DirectiveTestData.meetingWithSpeech(this.meetings, "会议要求：一是市安监局要每月末报送隐患排查治理情况；二是市住建局要加强工地检查。");
		this.directives.extract(f.meetingId(), f.documentId());
		DirectiveDetails monthly = this.directiveQueries.forDocument(f.meetingId(), f.documentId()).getFirst();
		assertThat(monthly.recurrence()).isEqualTo(Recurrence.MONTHLY);
		assertThat(monthly.deadlineDate()).isNull();
		this.directives.issue(f.meetingId(), f.documentId(), List.of(monthly.ref()));

		List<TaskListItem> issued = this.queries
			.list(new TaskFilter(null, null, null, null, f.meetingId(), null, null, null), PageRequest.of(0, 10));
		assertThat(issued).singleElement().satisfies(t -> {
			assertThat(t.title()).endsWith("（第1期）");
			assertThat(t.currentDeadline()).isEqualTo(TODAY.with(TemporalAdjusters.lastDayOfMonth()));
		});
		assertThat(this.queries.get(issued.getFirst().id()).source().sentence()).contains("每月末报送");
	}

	private TaskCommand command(String title) {
		return new TaskCommand(title, "报送本期隐患排查情况。", null, Urgency.NORMAL, department(this.departments, "YJJ").id(),
				Set.of(department(this.departments, "ZJJ").id()), null);
	}

	private List<LocalDate> deadlines(String title) {
		return this.queries.list(filter(title), PageRequest.of(0, 50))
			.stream()
			.map(TaskListItem::currentDeadline)
			.toList();
	}

	private static TaskFilter filter(String title) {
		return new TaskFilter(title, null, null, null, null, null, null, null);
	}

}
