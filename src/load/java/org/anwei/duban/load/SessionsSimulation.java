package org.anwei.duban.load;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.anwei.duban.load.Vaadin.open;
import static org.anwei.duban.load.Vaadin.signIn;
import static org.anwei.duban.load.Vaadin.uidl;

/**
 * Signed-in users holding their pages, for measuring what a session costs in memory
 * (src/ops/session-memory.sh): {@code anwei.load.users} users arrive over 30 s, sign in,
 * open the pages of the load test's journeys (a liaison my work and a task; staff the
 * task list and a task; one in ten a leader's dashboard), keep them open for
 * {@code anwei.load.hold-seconds} (120), then close their tabs.
 */
public class SessionsSimulation extends Simulation {

	private final int users = Integer.getInteger("anwei.load.users", 50);

	private final Duration hold = Duration.ofSeconds(Long.getLong("anwei.load.hold-seconds", 120));

	private final HttpProtocolBuilder protocol = http
		.baseUrl(System.getProperty("anwei.load.url", "http://127.0.0.1:8080"))
		.acceptLanguageHeader("zh-CN,zh;q=0.9")
		.disableCaching();

	{
		LoadSeed seed = LoadSeed.prepare(
				System.getProperty("anwei.load.db-url", "jdbc:mysql://127.0.0.1:3306/anwei_load"),
				System.getProperty("anwei.load.db-user", "root"), System.getProperty("anwei.load.db-password", ""));
		WorkdaySimulation.markStart();
		int leaders = Math.max(1, this.users / 10);
		int staff = this.users / 5;
		int liaisons = this.users - leaders - staff;
		Duration arrival = Duration.ofSeconds(30);
		setUp(liaisons(seed).injectOpen(rampUsers(liaisons).during(arrival)),
				staff(seed).injectOpen(rampUsers(staff).during(arrival)),
				leaders().injectOpen(rampUsers(leaders).during(arrival)))
			.protocols(this.protocol);
	}

	private ScenarioBuilder liaisons(LoadSeed seed) {
		return scenario("liaison holding a task").feed(new Journeys(seed, this.hold).accounts())
			.exec(signIn())
			.exec(open("my work", s -> "my-work", s -> "", substring("my-to-sign")))
			.exec(session -> session.set("task", seed.inProgress.take(session.getLong("department"))))
			.exec(Journeys.openTask("task-report"))
			.exec(pause(this.hold))
			.exec(Vaadin.close());
	}

	private ScenarioBuilder staff(LoadSeed seed) {
		return scenario("staff holding a task").exec(as("anweiban"))
			.exec(signIn())
			.exec(open("task list", s -> "tasks", s -> "", substring("task-grid")))
			.exec(session -> session.set("task", seed.submitted.take(0)))
			.exec(Journeys.openTask("task-accept"))
			.exec(pause(this.hold))
			.exec(Vaadin.close());
	}

	private ScenarioBuilder leaders() {
		return scenario("leader holding the dashboard").exec(as("leader"))
			.exec(signIn())
			.exec(open("dashboard", s -> "dashboard", s -> "period=THIS_YEAR"), Journeys.figures())
			.exec(pause(this.hold))
			.exec(Vaadin.close());
	}

	private static io.gatling.javaapi.core.ChainBuilder as(String username) {
		return exec(session -> session.set("username", username).set("password", LoadSeed.PASSWORD));
	}

}
