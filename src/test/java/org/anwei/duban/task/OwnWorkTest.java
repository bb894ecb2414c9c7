package org.anwei.duban.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.extension.ExtensionDetails;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A liaison's my work, read from the department's own parts: the same tasks, in the same
 * order, as the task list's filters find for the department, also after the tasks were
 * signed, extended, submitted and accepted; and every part carries its task's status and
 * deadlines.
 */
class OwnWorkTest extends SignedInAsAdminTest {

	private static final int ALL = 10_000;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	ExtensionService extensions;

	@Autowired
	DepartmentService departments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void my_work_from_the_department_parts_is_what_the_task_list_finds_for_the_department() {
		String tag = "自办" + Long.toString(System.nanoTime(), 36);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long overdue = newTask(tag + "逾期", today.minusDays(2), "YJJ");
		long extended = newTask(tag + "延期", today.minusDays(1), "YJJ");
		long dueSoon = newTask(tag + "将到期", today.plusDays(1), "YJJ");
		long assisting = newTask(tag + "协办逾期", today.minusDays(3), "ZJJ", "YJJ");
		long accepted = newTask(tag + "已办结", today.minusDays(5), "YJJ");
		long unsigned = newTask(tag + "待签收", today.plusDays(30), "YJJ");

		this.users.login(TestUsers.DEPT_YJJ);
		for (long id : List.of(overdue, extended, dueSoon, accepted)) {
			this.tasks.sign(id, version(id));
		}
		ExtensionDetails request = this.extensions.request(extended, version(extended), "涉及企业较多。", today.plusDays(40))
			.pendingExtension()
			.orElseThrow();
		this.tasks.submit(accepted, version(accepted), "已全部完成。", List.of());
		this.users.login(TestUsers.STAFF);
		this.extensions.decide(request.id(), request.version(), true, "同意");
		this.tasks.accept(accepted, version(accepted), "");

		this.users.login(TestUsers.DEPT_YJJ);
		MyWork work = this.queries.myWork(ALL);
		assertThat(ids(work.red())).containsSubsequence(assisting, overdue)
			.doesNotContain(extended, accepted)
			.isEqualTo(listed(StatusLight.RED));
		assertThat(ids(work.yellow())).contains(dueSoon).isEqualTo(listed(StatusLight.YELLOW));
		assertThat(ids(work.toSign())).contains(unsigned, assisting).doesNotContain(overdue, extended, dueSoon);

		WorkCounts counts = this.queries.workCounts();
		assertThat(counts.overdue()).isEqualTo(this.queries.count(light(StatusLight.RED)));
		assertThat(counts.dueSoon()).isEqualTo(this.queries.count(light(StatusLight.YELLOW)));
		assertThat(counts.toSign()).isEqualTo(work.toSign().size());
		assertThat(counts.open()).isEqualTo(Arrays.stream(TaskStatus.values())
			.filter(TaskStatus::isOpen)
			.mapToLong(s -> this.queries.count(new TaskFilter(null, s, null, null, null, null, null, null)))
			.sum());

		assertThat(this.jdbc.queryForObject("""
				select count(*) from task_party p join task t on t.id = p.task_id
				where p.task_status <> t.status or p.task_deadline <> t.current_deadline
				   or p.task_yellow_from <> t.yellow_from
				""", Long.class)).as("parts that do not carry their task's status and deadlines").isZero();
	}

	private List<Long> listed(StatusLight light) {
		return ids(this.queries.list(light(light), PageRequest.of(0, ALL)));
	}

	private static TaskFilter light(StatusLight light) {
		return new TaskFilter(null, null, light, null, null, null, null, null);
	}

	private static List<Long> ids(List<TaskListItem> items) {
		return items.stream().map(TaskListItem::id).toList();
	}

	private long newTask(String title, LocalDate deadline, String leadCode, String... assistingCodes) {
		return TaskTestData.newTask(this.users, this.tasks, this.departments, title, deadline, leadCode,
				assistingCodes);
	}

	private long version(long id) {
		return this.queries.get(id).version();
	}

}
