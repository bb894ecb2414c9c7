package org.anwei.duban.task;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.anwei.duban.task.internal.TaskWordIndex;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasks for the volume harnesses, written with JDBC batches: issued over the last year
 * from {@code meetings} meetings, each with its lead (a third with an assisting
 * department) and progress reports; done ones completed on time or late, some extended,
 * returned or urged, the open ones green, yellow or red, some stale.
 */
public final class TaskVolumeSeed {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private TaskVolumeSeed() {
	}

	public static void seed(JdbcTemplate jdbc, List<Long> departments, int tasks, int reportsPerTask, int meetings) {
		Random random = new Random(42);
		LocalDate today = LocalDate.now(ZONE);
		List<Long> meetingIds = meetings(jdbc, meetings, today);
		Long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from task", Long.class);
		long base = (firstId == null ? 0 : firstId) + 1;
		String[] statuses = { "ISSUED", "IN_PROGRESS", "IN_PROGRESS", "SUBMITTED", "DONE", "DONE", "CANCELLED" };
		int batch = 2_000;
		for (int from = 0; from < tasks; from += batch) {
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> parties = new ArrayList<>();
			List<Object[]> reports = new ArrayList<>();
			Map<Long, String[]> texts = new LinkedHashMap<>();
			for (int i = from; i < Math.min(tasks, from + batch); i++) {
				long id = base + i;
				long lead = departments.get(random.nextInt(departments.size()));
				int meeting = random.nextInt(meetingIds.size());
				LocalDate issued = today.minusDays(365L * meeting / meetingIds.size());
				LocalDate deadline = issued.plusDays(10 + random.nextInt(60));
				String status = statuses[random.nextInt(statuses.length)];
				boolean done = status.equals("DONE");
				LocalDate completed = done ? deadline.plusDays(random.nextInt(15) - 10) : null;
				if (completed != null && completed.isAfter(today)) {
					completed = today;
				}
				Instant issuedAt = issued.atTime(9, 0).atZone(ZONE).toInstant();
				Instant lastActivity = issuedAt.plusSeconds(86_400L * random.nextInt(20));
				texts.put(id, new String[] { "第" + i + "项安全检查任务", "按要求完成第" + i + "项检查并报送。" });
				rows.add(new Object[] { id, texts.get(id)[0], texts.get(id)[1], meetingIds.get(meeting), lead, status,
						Date.valueOf(deadline), Date.valueOf(deadline), Date.valueOf(deadline.minusDays(3)),
						random.nextInt(8) == 0 ? 1 : 0, Timestamp.from(issuedAt), Timestamp.from(lastActivity),
						completed == null ? null : Timestamp.from(completed.atTime(16, 0).atZone(ZONE).toInstant()),
						completed == null ? null : Date.valueOf(completed), random.nextInt(10) == 0 ? 1 : 0,
						random.nextInt(6) == 0 ? 1 : 0, "安委会第" + meeting + "次会议", Date.valueOf(issued),
						Date.valueOf(issued) });
				// each part carries its task's status and deadlines (see TaskParty)
				parties.add(new Object[] { id, lead, "LEAD", "SIGNED", status, Date.valueOf(deadline),
						Date.valueOf(deadline.minusDays(3)) });
				if (random.nextInt(3) == 0) {
					long assist = departments.get(random.nextInt(departments.size()));
					if (assist != lead) {
						parties.add(new Object[] { id, assist, "ASSIST", "PENDING", status, Date.valueOf(deadline),
								Date.valueOf(deadline.minusDays(3)) });
					}
				}
				for (int r = 0; r < reportsPerTask; r++) {
					reports.add(new Object[] { id, lead, "PROGRESS", "第" + r + "次进展：已完成部分检查。",
							Timestamp.from(issuedAt.plusSeconds(3_600L * r)) });
				}
			}
			jdbc.batchUpdate("""
					insert into task (id, version, title, content, category, urgency, meeting_id, lead_department_id,
					  status, original_deadline, current_deadline, yellow_from, extension_count, issued_at, issued_by,
					  last_activity_at, completed_at, completed_on, return_count, urge_count, source_meeting_title,
					  source_meeting_date, issued_on)
					values (?, 0, ?, ?, 'GENERAL', 'NORMAL', ?, ?, ?, ?, ?, ?, ?, ?, 'anweiban', ?, ?, ?, ?, ?, ?, ?, ?)
					""", rows);
			jdbc.batchUpdate("""
					insert into task_party (task_id, department_id, role, state, task_status, task_deadline,
					  task_yellow_from)
					values (?, ?, ?, ?, ?, ?, ?)
					""", parties);
			jdbc.execute((ConnectionCallback<Void>) connection -> {
				TaskWordIndex.write(connection, texts);
				return null;
			});
			jdbc.batchUpdate("""
					insert into task_report (task_id, department_id, kind, text, created_at, created_by)
					values (?, ?, ?, ?, ?, 'yjj')
					""", reports);
		}
	}

	/** Meetings spread over the last year, newest first. */
	private static List<Long> meetings(JdbcTemplate jdbc, int count, LocalDate today) {
		List<Long> ids = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int m = 0; m < count; m++) {
			LocalDate day = today.minusDays(365L * m / count);
			jdbc.update("""
					insert into meeting (version, title, meeting_date, level, kind, status, created_at, created_by,
					  updated_at)
					values (0, ?, ?, 'CITY', 'PLENARY', 'DECOMPOSED', ?, 'anweiban', ?)
					""", "安委会第" + m + "次会议", Date.valueOf(day), now, now);
			ids.add(jdbc.queryForObject("select max(id) from meeting", Long.class));
		}
		return ids;
	}

}
