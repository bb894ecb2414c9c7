package org.anwei.duban.task;

import java.util.List;
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
		TaskVolumeSeed.seed(this.jdbc, ids, TASKS, REPORTS_PER_TASK, 60);
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

}
