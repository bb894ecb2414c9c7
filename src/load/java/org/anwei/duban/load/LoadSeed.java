package org.anwei.duban.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.anwei.duban.task.TaskVolumeSeed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the load test runs against, prepared before it starts: 100,000 tasks with
 * 500,000 reports (once; the tasks of {@link TaskVolumeSeed}), and one liaison per
 * department with a personal access token ({@code load-<code>}, the demo password), so
 * that the users of the test spread over all departments. Then it lists the work the
 * users will do: each department's tasks in progress, and the tasks waiting for staff to
 * accept.
 */
final class LoadSeed {

	static final String PASSWORD = "Anwei@2026";

	private static final int TASKS = 100_000;

	final List<Account> liaisons;

	final TaskPool inProgress;

	final TaskPool submitted;

	private LoadSeed(List<Account> liaisons, TaskPool inProgress, TaskPool submitted) {
		this.liaisons = liaisons;
		this.inProgress = inProgress;
		this.submitted = submitted;
	}

	/**
	 * Prepares a database without running the load test (the backup drill's data):
	 * {@code LoadSeed <jdbc url> [user] [password]}.
	 */
	public static void main(String[] args) {
		prepare(args[0], args.length > 1 ? args[1] : "root", args.length > 2 ? args[2] : "");
	}

	static LoadSeed prepare(String url, String user, String password) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<Map<String, Object>> departments = jdbc
			.queryForList("select id, code from department where active = true order by id");
		Long tasks = jdbc.queryForObject("select count(*) from task", Long.class);
		if (tasks == null || tasks < TASKS) {
			long start = System.nanoTime();
			TaskVolumeSeed.seed(jdbc, departments.stream().map(d -> ((Number) d.get("id")).longValue()).toList(), TASKS,
					5, 60);
			System.out.printf("seeded %,d tasks in %.1f s%n", TASKS, (System.nanoTime() - start) / 1e9);
		}
		List<Account> liaisons = departments.stream().map(d -> liaison(jdbc, d)).toList();
		Map<Long, List<Long>> inProgress = jdbc
			.queryForList("select id, lead_department_id from task where status = 'IN_PROGRESS' order by id")
			.stream()
			.collect(Collectors.groupingBy(row -> ((Number) row.get("lead_department_id")).longValue(),
					Collectors.mapping(row -> ((Number) row.get("id")).longValue(), Collectors.toList())));
		List<Long> submitted = jdbc.queryForList("select id from task where status = 'SUBMITTED' order by id",
				Long.class);
		System.out.printf("load users: %d liaisons; %,d tasks in progress, %,d to accept%n", liaisons.size(),
				inProgress.values().stream().mapToInt(List::size).sum(), submitted.size());
		return new LoadSeed(liaisons, new TaskPool(inProgress), new TaskPool(Map.of(0L, submitted)));
	}

	/** The department's load-test liaison and token, created the first time. */
	private static Account liaison(JdbcTemplate jdbc, Map<String, Object> department) {
		long id = ((Number) department.get("id")).longValue();
		String code = ((String) department.get("code")).toLowerCase(java.util.Locale.ROOT);
		String username = "load-" + code;
		String token = "adb_" + sha256("load-test " + code).substring(0, 40);
		Integer exists = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class,
				username);
		if (exists == null || exists == 0) {
			Timestamp now = Timestamp.from(Instant.now());
			String hash = jdbc.queryForObject("select password_hash from app_user where username = 'yjj'",
					String.class);
			jdbc.update("""
					insert into app_user (version, username, display_name, department_id, password_hash, enabled,
					  must_change_password, failed_attempts, created_at, updated_at, password_changed_at)
					values (0, ?, ?, ?, ?, true, false, 0, ?, ?, ?)
					""", username, "压测联络员 " + code, id, hash, now, now, now);
			Long user = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
			jdbc.update("insert into app_user_role (user_id, role) values (?, 'DEPT')", user);
			jdbc.update("""
					insert into access_token (user_id, name, token_hash, token_prefix, created_at)
					values (?, 'load test', ?, ?, ?)
					""", user, sha256(token), token.substring(0, 12), now);
		}
		return new Account(username, id, token);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A department's load-test liaison. */
	record Account(String username, long department, String token) {
	}

}
