package org.anwei.duban.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.anwei.duban.Application;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a load balancer, both starting the
 * daily run at the same moment (their clocks agree, their cron fires together): the
 * ShedLock row lets one of them run it, so each reminder, each 督办 notice and each digest
 * mail goes out once. Two real Spring contexts with their own scheduling beans, one
 * database, one SMTP server.
 */
class TwoNodesRunTheDailyJobOnceTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String DATABASE = "jdbc:h2:mem:two-nodes;MODE=MySQL;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";

	@Test
	void both_nodes_start_the_daily_run_at_once_and_everything_goes_out_once() throws Exception {
		try (ConfigurableApplicationContext first = node(); ConfigurableApplicationContext second = node()) {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			long dueTomorrow = task(first, "明日到期" + System.nanoTime(), today.plusDays(1));
			long overdue = task(first, "已逾期" + System.nanoTime(), today.plusDays(1));
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			jdbc.update("update task set current_deadline = ? where id = ?", java.sql.Date.valueOf(today.minusDays(2)),
					overdue);

			CyclicBarrier together = new CyclicBarrier(2);
			try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
				List<Future<?>> runs = List.of(first, second).stream().map(node -> nodes.submit(() -> {
					together.await();
					node.getBean(ReminderJob.class).run();
					return null;
				})).collect(Collectors.toList());
				for (Future<?> run : runs) {
					run.get();
				}
			}

			assertThat(count(jdbc, "select count(*) from supervision_notice where subject_id = ?", overdue))
				.as("one 督办 notice")
				.isOne();
			List<Map<String, Object>> reminders = jdbc.queryForList(
					"select recipient, link from notification where kind = 'REMINDER' and link in (?, ?)",
					"tasks/" + dueTomorrow, "tasks/" + overdue);
			assertThat(reminders).isNotEmpty().as("each recipient reminded of each task once").doesNotHaveDuplicates();
			List<String> mailedTo = Arrays.stream(smtp.getReceivedMessages())
				.map(TwoNodesRunTheDailyJobOnceTest::recipient)
				.toList();
			assertThat(mailedTo).isNotEmpty().as("one digest per person").doesNotHaveDuplicates();
		}
	}

	/**
	 * One node: the application with its scheduling and ShedLock, on the shared database.
	 */
	private static ConfigurableApplicationContext node() {
		// arguments, not default properties: they must win over application.properties
		return new SpringApplicationBuilder(Application.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + DATABASE, "--anwei.scheduling.enabled=true",
					// the jobs are started by the test, at the same moment on both nodes
					"--anwei.escalation.reminder-cron=-", "--anwei.hazard.recheck.cron=-");
	}

	private static long task(ConfigurableApplicationContext node, String title, LocalDate deadline) {
		node.getBean(TestUsers.class).login(TestUsers.STAFF);
		try {
			long department = DirectiveTestData.department(node.getBean(DepartmentService.class), "YJJ").id();
			return node.getBean(TaskService.class)
				.create(new TaskCommand(title, "按期完成排查。", null, Urgency.URGENT, department, Set.of(), deadline))
				.id();
		}
		finally {
			TestUsers.logout();
		}
	}

	private static long count(JdbcTemplate jdbc, String sql, Object... arguments) {
		Long count = jdbc.queryForObject(sql, Long.class, arguments);
		return count == null ? 0 : count;
	}

	private static String recipient(MimeMessage message) {
		try {
			return Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(","));
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
