package org.anwei.duban.load;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.anwei.duban.load.Vaadin.open;
import static org.anwei.duban.load.Vaadin.signIn;
import static org.anwei.duban.load.Vaadin.uidl;
import static org.anwei.duban.load.Vaadin.upload;

/**
 * The users of the load test, each working for the whole test with a person's pauses (2–5
 * s to read a page, 0.5–2 s between actions on it): a liaison opens my work, opens one of
 * the department's tasks and writes a progress report with a photo; staff search the task
 * list, open a task waiting for review and accept it; a leader opens the dashboard, waits
 * for its figures and drills down to the overdue tasks; an integration lists its tasks
 * and posts reports through the API with a token.
 */
final class Journeys {

	/** A small real PNG (a 2×2 picture), as a phone's photo would be sent. */
	private static final byte[] PHOTO = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

	private static final int MAX_POLLS = 200;

	private final LoadSeed seed;

	private final Duration duration;

	Journeys(LoadSeed seed, Duration duration) {
		this.seed = seed;
		this.duration = duration;
	}

	ScenarioBuilder liaison() {
		Iterator<Map<String, Object>> accounts = accounts();
		return scenario("liaison").feed(accounts)
			.exec(signIn())
			.exec(open("my work", s -> "my-work", s -> "", substring("my-to-sign")))
			.exec(readPage())
			.exec(during(this.duration)
				.on(round(exec(this::giveBackTask).exec(reload("my work", "my-work", "", "my-to-sign")),
						exec(session -> session.set("task", this.seed.inProgress.take(session.getLong("department"))))
							.exec(openTask("task-report"))
							.exec(readPage())
							.exec(uidl("report form", (s, ui) -> new String[] { Rpc.click(ui.node("task-report")) },
									substring("report-upload")))
							.exec(act())
							.exec(upload("photo", "report-upload", PHOTO, "现场.png", "image/png"))
							.exec(act())
							.exec(session -> session.set("report", "压测进展 " + UUID.randomUUID()))
							.exec(uidl("send report",
									(s, ui) -> concat(Rpc.type(ui.node("report-text"), s.getString("report")),
											Rpc.click(ui.node("report-send"))),
									substring("#{report}")))
							.exec(session -> RunRecord.reportSaved(session, "report"))
							.exec(this::giveBackTask)
							.exec(readPage())
							.exec(uidl("my work", (s, ui) -> new String[] { Rpc.navigate("my-work", "", false) },
									substring("my-to-sign")))
							.exec(readPage()))))
			.exec(Vaadin.close());
	}

	ScenarioBuilder staff() {
		return scenario("staff").exec(session -> session.set("username", "anweiban").set("password", LoadSeed.PASSWORD))
			.exec(signIn())
			.exec(open("task list", s -> "tasks", s -> "", substring("task-grid")))
			.exec(readPage())
			.exec(during(this.duration).on(round(reload("task list", "tasks", "", "task-grid"),
					exec(uidl("search tasks",
							(s, ui) -> Rpc.search(ui.node("task-search"),
									"第" + ThreadLocalRandom.current().nextInt(1, 1000)),
							substring("$connector.set")))
						.exec(act())
						.exec(session -> session.set("task", this.seed.submitted.take(0)))
						.exec(openTask("task-accept"))
						.exec(readPage())
						.exec(uidl("accept", (s, ui) -> new String[] { Rpc.click(ui.node("task-accept")) },
								substring("text-dialog-confirm")))
						.exec(act())
						.exec(uidl("confirm accept",
								(s, ui) -> new String[] { Rpc.click(ui.node("text-dialog-confirm")) },
								substring("已办结")))
						.exec(readPage())
						.exec(uidl("task list", (s, ui) -> new String[] { Rpc.navigate("tasks", "", false) },
								substring("task-grid")))
						.exec(readPage()))))
			.exec(Vaadin.close());
	}

	ScenarioBuilder leader() {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String overdue = "figure=OVERDUE&pfrom=" + today.withDayOfYear(1) + "&pto=" + today;
		return scenario("leader").exec(session -> session.set("username", "leader").set("password", LoadSeed.PASSWORD))
			.exec(signIn())
			.exec(group("dashboard with figures").on(open("dashboard", s -> "dashboard", s -> "period=THIS_YEAR"),
					figures()))
			.exec(readPage())
			.exec(during(this.duration)
				.on(round(reload("dashboard", "dashboard", "period=THIS_YEAR", "dashboard-scope"),
						exec(uidl("drill down", (s, ui) -> new String[] { Rpc.navigate("tasks", overdue, false) },
								substring("task-grid")))
							.exec(readPage())
							.exec(group("dashboard with figures").on(uidl("dashboard",
									(s, ui) -> new String[] { Rpc.navigate("dashboard", "period=THIS_YEAR", false) },
									substring("dashboard-scope")), figures()))
							.exec(readPage()))))
			.exec(Vaadin.close());
	}

	ScenarioBuilder integration() {
		Iterator<Map<String, Object>> accounts = accounts();
		return scenario("api client").feed(accounts)
			.exec(during(this.duration)
				.on(exitBlockOnFail()
					.on(exec(http("api: my tasks").get("/api/v1/tasks?status=IN_PROGRESS&page=0&size=20")
						.header("Authorization", "Bearer #{token}")
						.check(status().is(200), jsonPath("$.total").exists()))
						.exec(session -> session.set("task", this.seed.inProgress.take(session.getLong("department"))))
						.exec(http("api: task").get("/api/v1/tasks/#{task}")
							.header("Authorization", "Bearer #{token}")
							.check(status().is(200), jsonPath("$.version").saveAs("version")))
						.exec(act())
						.exec(session -> session.set("report", "接口压测进展 " + UUID.randomUUID()))
						.exec(http("api: report").post("/api/v1/tasks/#{task}/reports")
							.header("Authorization", "Bearer #{token}")
							.bodyPart(StringBodyPart("version", "#{version}"))
							.bodyPart(StringBodyPart("kind", "PROGRESS"))
							.bodyPart(StringBodyPart("text", "#{report}"))
							.bodyPart(ByteArrayBodyPart("files", PHOTO).fileName("现场.png").contentType("image/png"))
							.asMultipartForm()
							.check(status().in(200, 201)))
						.exec(session -> RunRecord.reportSaved(session, "report"))
						.exec(this::giveBackTask)
						.exec(readPage()))
					.exec(RunRecord::round)
					.exec(this::giveBackTask)
					.exec(Session::markAsSucceeded)));
	}

	/**
	 * The department's task the user worked on goes back to the pool, also after a failed
	 * round (the report may not have been sent): the next user of the department may take
	 * it.
	 */
	private Session giveBackTask(Session session) {
		if (!session.contains("task")) {
			return session;
		}
		this.seed.inProgress.giveBack(session.getLong("department"), session.getLong("task"));
		return session.remove("task");
	}

	/** The task the session holds, opened from a link, showing the expected element. */
	static ChainBuilder openTask(String expected) {
		return uidl("open task", (s, ui) -> new String[] { Rpc.navigate("tasks/" + s.getLong("task"), "", false) },
				substring(expected));
	}

	/**
	 * One round of a user's work. A failure is counted where it happens and ends the
	 * round; then the user reloads the page, as a person would, signing in again if the
	 * session is gone (its node died), and goes on.
	 */
	private static ChainBuilder round(ChainBuilder reload, ChainBuilder work) {
		return exec(exitBlockOnFail().on(work)).exec(RunRecord::round)
			.doIf(Session::isFailed)
			.then(exec(Session::markAsSucceeded).exec(Vaadin.close()).exec(Vaadin.reopen(reload)));
	}

	private static ChainBuilder reload(String name, String route, String query, String expected) {
		return open(name + " (reload)", s -> route, s -> query, substring(expected));
	}

	/** Polls as the browser does while the dashboard's figures are counted. */
	static ChainBuilder figures() {
		return exec(session -> session.set("polls", 0))
			.exec(asLongAs(session -> Vaadin.ui(session).polling() && session.getInt("polls") < MAX_POLLS)
				.on(pause(Duration.ofMillis(150)).exec(uidl("dashboard poll", (s, ui) -> new String[] { Rpc.poll() }))
					.exec(session -> session.set("polls", session.getInt("polls") + 1))))
			.exec(session -> Vaadin.ui(session).has("department-ranking") ? session : session.markAsFailed());
	}

	/** The load-test liaisons of departments with work, one after another. */
	Iterator<Map<String, Object>> accounts() {
		AtomicInteger next = new AtomicInteger();
		var liaisons = this.seed.liaisons.stream().filter(a -> this.seed.inProgress.has(a.department())).toList();
		return Stream.generate(() -> {
			LoadSeed.Account account = liaisons.get(Math.floorMod(next.getAndIncrement(), liaisons.size()));
			return Map.<String, Object>of("username", account.username(), "password", LoadSeed.PASSWORD, "department",
					account.department(), "token", account.token());
		}).iterator();
	}

	/** Reading a page that has just come. */
	private static ChainBuilder readPage() {
		return exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)));
	}

	/** Between two actions on the same page. */
	private static ChainBuilder act() {
		return exec(pause(Duration.ofMillis(500), Duration.ofSeconds(2)));
	}

	private static String[] concat(String[] first, String... then) {
		return Stream.concat(Stream.of(first), Stream.of(then)).toArray(String[]::new);
	}

}
