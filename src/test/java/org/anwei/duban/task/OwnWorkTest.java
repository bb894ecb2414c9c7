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
		assertThat(counts.overdue()).isEqualTo(listed(StatusLight.RED).size());
		assertThat(counts.dueSoon()).isEqualTo(listed(StatusLight.YELLOW).size());
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

	@Test
	void the_department_list_from_its_parts_is_what_the_task_list_finds_for_the_department() {
		String tag = "自列" + Long.toString(System.nanoTime(), 36);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long overdue = newTask(tag + "逾期", today.minusDays(2), "YJJ");
		long dueToday = newTask(tag + "今日到期", today, "YJJ", "ZJJ");
		long later = newTask(tag + "下月", today.plusDays(40), "ZJJ", "YJJ");
		long accepted = newTask(tag + "已办结", today.minusDays(1), "YJJ");
		newTask(tag + "他部门", today.plusDays(1), "ZJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		for (long id : List.of(overdue, accepted)) {
			this.tasks.sign(id, version(id));
		}
		this.tasks.submit(accepted, version(accepted), "已全部完成。", List.of());
		this.users.login(TestUsers.STAFF);
		this.tasks.accept(accepted, version(accepted), "");

		List<TaskFilter> filters = new java.util.ArrayList<>();
		List<LocalDate[]> ranges = List.of(new LocalDate[] { null, null },
				new LocalDate[] { today.minusDays(2), today }, new LocalDate[] { today.plusDays(1), null });
		List<TaskStatus> statuses = new java.util.ArrayList<>(Arrays.asList(TaskStatus.values()));
		statuses.add(null);
		List<StatusLight> lights = new java.util.ArrayList<>(Arrays.asList(StatusLight.values()));
		lights.add(null);
		for (TaskStatus status : statuses) {
			for (StatusLight light : lights) {
				for (LocalDate[] range : ranges) {
					filters.add(new TaskFilter(null, status, light, null, null, null, range[0], range[1]));
				}
			}
		}
		long yjj = org.anwei.duban.directive.DirectiveTestData.department(this.departments, "YJJ").id();
		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(ids(this.queries.list(TaskFilter.none(), PageRequest.of(0, ALL)))).contains(overdue, dueToday, later,
				accepted);
		for (TaskFilter filter : filters) {
			this.users.login(TestUsers.DEPT_YJJ);
			List<Long> fromParts = ids(this.queries.list(filter, PageRequest.of(0, ALL)));
			List<Long> secondPage = ids(this.queries.list(filter, PageRequest.of(1, 2)));
			long counted = this.queries.count(filter);
			this.users.login(TestUsers.STAFF);
			TaskFilter forDepartment = new TaskFilter(null, filter.status(), filter.light(), yjj, null, null,
					filter.deadlineFrom(), filter.deadlineTo());
			List<Long> fromTasks = ids(this.queries.list(forDepartment, PageRequest.of(0, ALL)));
			assertThat(fromParts).as("%s", filter).isEqualTo(fromTasks);
			assertThat(secondPage).as("second page of %s", filter)
				.isEqualTo(fromTasks.subList(Math.min(2, fromTasks.size()), Math.min(4, fromTasks.size())));
			assertThat(counted).as("count of %s", filter).isEqualTo(fromTasks.size());
		}
	}

	/**
	 * The department's tasks with the light, as staff find them in the task list (then
	 * signed in as the liaison again).
	 */
	private List<Long> listed(StatusLight light) {
		long yjj = org.anwei.duban.directive.DirectiveTestData.department(this.departments, "YJJ").id();
		this.users.login(TestUsers.STAFF);
		List<Long> found = ids(this.queries.list(new TaskFilter(null, null, light, yjj, null, null, null, null),
				PageRequest.of(0, ALL)));
		this.users.login(TestUsers.DEPT_YJJ);
		return found;
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
