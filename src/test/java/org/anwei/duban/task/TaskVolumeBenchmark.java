package org.anwei.duban.task;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.anwei.duban.Medians;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Volume harness for the task list and "my work" at 100,000 tasks and 500,000 reports, on
 * whichever database the tests use. Seeds with JDBC batches, then reports median timings
 * of the first page, a filtered page, a deep page and a liaison's page. Off by default;
 * not an assertion of speed:
 * {@code ./mvnw test -Dtest=TaskVolumeBenchmark -Danwei.benchmark=true} (add the MariaDB
 * settings of the README to measure MariaDB).
 */
@EnabledIfSystemProperty(named = "anwei.benchmark", matches = "true")
class TaskVolumeBenchmark extends SignedInAsAdminTest {

	private static final int TASKS = 100_000;

	private static final int REPORTS_PER_TASK = 5;

	private static final int RUNS = 7;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskQueries queries;

	@Autowired
	DepartmentService departments;

	@Test
	void task_list_at_volume() {
		List<Long> ids = this.departments.directory().stream().map(DepartmentRef::id).toList();
		long seedStart = System.nanoTime();
		seed(ids);
		System.out.printf("seeded %,d tasks and %,d reports in %.1f s%n", TASKS, TASKS * REPORTS_PER_TASK,
				(System.nanoTime() - seedStart) / 1e9);

		this.users.login(TestUsers.STAFF);
		report("staff first page", () -> this.queries.list(TaskFilter.none(), PageRequest.of(0, 50)));
		report("staff count", () -> this.queries.count(TaskFilter.none()));
		TaskFilter overdue = new TaskFilter(null, TaskStatus.IN_PROGRESS, StatusLight.RED, null, null, null, null,
				null);
		report("filtered page (in progress, red)", () -> this.queries.list(overdue, PageRequest.of(0, 50)));
		report("filtered count", () -> this.queries.count(overdue));
		report("deep page (page 1,000 of 50)", () -> this.queries.list(TaskFilter.none(), PageRequest.of(1000, 50)));
		report("text search page", () -> this.queries
			.list(new TaskFilter("第4242", null, null, null, null, null, null, null), PageRequest.of(0, 50)));
		report("staff my work (review, extensions, red, yellow)", () -> this.queries.myWork(10));
		report("staff home counts (7 counts)", this.queries::workCounts);
		this.users.login(TestUsers.DEPT_YJJ);
		report("liaison first page", () -> this.queries.list(TaskFilter.none(), PageRequest.of(0, 50)));
		report("liaison count", () -> this.queries.count(TaskFilter.none()));
		report("liaison my work (sign, red, yellow)", () -> this.queries.myWork(10));
		report("liaison home counts (7 counts)", this.queries::workCounts);
		long some = this.queries.list(TaskFilter.none(), PageRequest.of(0, 1)).getFirst().id();
		report("liaison task detail (5 reports)", () -> this.queries.get(some));
	}

	private void report(String what, Supplier<?> action) {
		Medians.report(what, RUNS, this::touchOneTask, action);
	}

	/**
	 * H2 hands back the cached result of a query repeated on unchanged tables; a real
	 * list is read between changes, so change one row before each timed run.
	 */
	private void touchOneTask() {
		this.jdbc.update("update task set urge_count = urge_count + 1 where id = (select min(id) from task)");
	}

	private void seed(List<Long> departments) {
		Random random = new Random(42);
		Long firstId = this.jdbc.queryForObject("select coalesce(max(id), 0) from task", Long.class);
		long base = (firstId == null ? 0 : firstId) + 1;
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate today = LocalDate.now();
		String[] statuses = { "ISSUED", "IN_PROGRESS", "IN_PROGRESS", "SUBMITTED", "DONE", "DONE", "CANCELLED" };
		int batch = 2_000;
		for (int from = 0; from < TASKS; from += batch) {
			List<Object[]> tasks = new ArrayList<>();
			List<Object[]> parties = new ArrayList<>();
			List<Object[]> reports = new ArrayList<>();
			for (int i = from; i < Math.min(TASKS, from + batch); i++) {
				long id = base + i;
				long lead = departments.get(random.nextInt(departments.size()));
				LocalDate deadline = today.plusDays(random.nextInt(240) - 120);
				LocalDate yellow = deadline.minusDays(3);
				tasks.add(new Object[] { id, "第" + i + "项安全检查任务", "按要求完成第" + i + "项检查并报送。", lead,
						statuses[random.nextInt(statuses.length)], Date.valueOf(deadline), Date.valueOf(deadline),
						Date.valueOf(yellow), now, now });
				parties.add(new Object[] { id, lead, "LEAD", "SIGNED" });
				if (random.nextInt(3) == 0) {
					long assist = departments.get(random.nextInt(departments.size()));
					if (assist != lead) {
						parties.add(new Object[] { id, assist, "ASSIST", "PENDING" });
					}
				}
				for (int r = 0; r < REPORTS_PER_TASK; r++) {
					reports.add(new Object[] { id, lead, "PROGRESS", "第" + r + "次进展：已完成部分检查。", now });
				}
			}
			this.jdbc.batchUpdate("""
					insert into task (id, version, title, content, category, urgency, lead_department_id, status,
					  original_deadline, current_deadline, yellow_from, extension_count, issued_at, issued_by,
					  last_activity_at, urge_count)
					values (?, 0, ?, ?, 'GENERAL', 'NORMAL', ?, ?, ?, ?, ?, 0, ?, 'anweiban', ?, 0)
					""", tasks);
			this.jdbc.batchUpdate("insert into task_party (task_id, department_id, role, state) values (?, ?, ?, ?)",
					parties);
			this.jdbc.batchUpdate("""
					insert into task_report (task_id, department_id, kind, text, created_at, created_by)
					values (?, ?, ?, ?, ?, 'yjj')
					""", reports);
		}
	}

}
