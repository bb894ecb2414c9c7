package org.anwei.duban.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.anwei.duban.hazard.HazardVolumeSeed;
import org.anwei.duban.task.TaskVolumeSeed;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's volume, seeded with JDBC batches for the benchmarks: 100,000 tasks with
 * 500,000 reports from 60 meetings, 200,000 hazards and 2,000 accountability records, all
 * within the last year. Skipped when the database already holds that many tasks (a second
 * benchmark on the same database).
 */
public final class DashboardVolumeSeed {

	static final int TASKS = 100_000;

	static final int REPORTS_PER_TASK = 5;

	static final int HAZARDS = 200_000;

	static final int RECORDS = 2_000;

	private DashboardVolumeSeed() {
	}

	public static void seed(JdbcTemplate jdbc, List<Long> departments) {
		Long tasks = jdbc.queryForObject("select count(*) from task", Long.class);
		if (tasks != null && tasks >= TASKS) {
			System.out.printf("already seeded: %,d tasks%n", tasks);
			return;
		}
		long start = System.nanoTime();
		TaskVolumeSeed.seed(jdbc, departments, TASKS, REPORTS_PER_TASK, 60);
		HazardVolumeSeed.seed(jdbc, departments, HAZARDS);
		seedAccountability(jdbc, departments);
		System.out.printf("seeded %,d tasks, %,d reports, %,d hazards, %,d records in %.1f s%n", TASKS,
				TASKS * REPORTS_PER_TASK, HAZARDS, RECORDS, (System.nanoTime() - start) / 1e9);
	}

	private static void seedAccountability(JdbcTemplate jdbc, List<Long> departments) {
		List<Object[]> rows = new ArrayList<>();
		String[] kinds = { "INTERVIEW", "CRITICISM", "ACCOUNTABILITY", "COMMENDATION" };
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		for (int i = 0; i < RECORDS; i++) {
			rows.add(new Object[] { kinds[i % kinds.length], Date.valueOf(today.minusDays(i % 365)),
					departments.get(i % departments.size()), "某某", "压测记录。", "安委办", now });
		}
		jdbc.batchUpdate("""
				insert into accountability_record (version, kind, record_date, department_id, persons, summary,
				  decided_by, created_at, created_by)
				values (0, ?, ?, ?, ?, ?, ?, ?, 'anweiban')
				""", rows);
	}

}
