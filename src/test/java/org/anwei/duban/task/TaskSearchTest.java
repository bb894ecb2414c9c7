package org.anwei.duban.task;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.internal.TaskWordsBackfill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list's search through the word index: a task is found by any part of its title
 * or content (the part as written, not just its characters), by one character, in either
 * case; tasks issued before the index existed are put into it by the migration, which may
 * run again.
 */
class TaskSearchTest extends SignedInAsAdminTest {

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	DepartmentService departments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void a_task_is_found_by_any_part_of_its_title_or_content() {
		String tag = Long.toString(System.nanoTime(), 36);
		long pipeline = newTask("燃气管道巡查" + tag, "对LNG储罐区和城区燃气管线开展全面巡查。" + tag);
		long scrambled = newTask("管燃道气巡查" + tag, "储区罐LNG线管。" + tag);

		this.users.login(TestUsers.STAFF);
		assertThat(found("燃气管道", tag)).containsExactly(pipeline);
		assertThat(found("储罐区", tag)).as("in the content").containsExactly(pipeline);
		assertThat(found("lng储罐", tag)).as("either case").containsExactly(pipeline);
		assertThat(found("ＬＮＧ", tag)).as("full-width letters").containsExactlyInAnyOrder(pipeline, scrambled);
		assertThat(found("巡", tag)).as("one character, without the index")
			.containsExactlyInAnyOrder(pipeline, scrambled);
		assertThat(found("道气", tag)).as("the characters in this order only").containsExactly(scrambled);
		assertThat(found("燃气 巡查", tag)).as("a phrase with a space").isEmpty();
	}

	@Test
	void the_migration_puts_tasks_issued_before_the_index_into_it_and_may_run_again() throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		long id = newTask("危化品仓库检查" + tag, "逐一核对危险化学品台账。");
		long entries = entries(id);
		this.jdbc.update("delete from task_word where task_id = ?", id);
		this.users.login(TestUsers.STAFF);
		assertThat(found("危化品仓库", tag)).as("not in the index, not found").isEmpty();

		backfill();
		assertThat(entries(id)).isEqualTo(entries);
		assertThat(found("危化品仓库", tag)).containsExactly(id);
		backfill();
		assertThat(entries(id)).as("a second run changes nothing").isEqualTo(entries);
	}

	private void backfill() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			new TaskWordsBackfill().execute(database);
			// as Liquibase does after a change set
			database.commit();
		}
	}

	private long entries(long id) {
		Long count = this.jdbc.queryForObject("select count(*) from task_word where task_id = ?", Long.class, id);
		return count == null ? 0 : count;
	}

	/** The tasks found by the text among those with the tag (this test's tasks). */
	private List<Long> found(String text, String tag) {
		return this.queries.list(text(text), PageRequest.of(0, 1000))
			.stream()
			.filter(t -> t.title().endsWith(tag))
			.map(TaskListItem::id)
			.toList();
	}

	private static TaskFilter text(String text) {
		return new TaskFilter(text, null, null, null, null, null, null, null);
	}

	private long newTask(String title, String content) {
		return TaskTestData.newTask(this.users, this.tasks, this.departments, title, content,
				LocalDate.now().plusDays(20), "YJJ");
	}

}
