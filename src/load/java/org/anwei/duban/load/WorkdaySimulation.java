package org.anwei.duban.load;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * A working day's mix at a chosen number of concurrent users, against a running
 * application whose database it prepares first ({@link LoadSeed}): half of them liaisons,
 * a fifth staff, a tenth leaders, a fifth API clients, arriving over a minute and working
 * for the set time. The target it asserts: 95 % of requests within 300 ms, 99 % within 1
 * s, none failed.
 *
 * <p>
 * System properties: {@code anwei.load.url} (http://127.0.0.1:8080),
 * {@code anwei.load.users} (200), {@code anwei.load.minutes} (10),
 * {@code anwei.load.db-url} (jdbc:mysql://127.0.0.1:3306/anwei_load),
 * {@code anwei.load.db-user} (root), {@code anwei.load.db-password} (empty).
 */
public class WorkdaySimulation extends Simulation {

	private final int users = Integer.getInteger("anwei.load.users", 200);

	private final Duration duration = Duration.ofMinutes(Long.getLong("anwei.load.minutes", 10));

	private final Duration arrival = Duration.ofSeconds(Long.getLong("anwei.load.ramp-seconds", 60));

	private final HttpProtocolBuilder protocol = http
		.baseUrl(System.getProperty("anwei.load.url", "http://127.0.0.1:8080"))
		.acceptLanguageHeader("zh-CN,zh;q=0.9")
		.userAgentHeader("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile")
		.disableCaching();

	{
		LoadSeed seed = LoadSeed.prepare(
				System.getProperty("anwei.load.db-url", "jdbc:mysql://127.0.0.1:3306/anwei_load"),
				System.getProperty("anwei.load.db-user", "root"), System.getProperty("anwei.load.db-password", ""));
		markStart();
		Journeys journeys = new Journeys(seed, this.duration);
		int liaisons = this.users / 2;
		int staff = this.users / 5;
		int leaders = this.users / 10;
		int api = this.users - liaisons - staff - leaders;
		setUp(journeys.liaison().injectOpen(rampUsers(liaisons).during(this.arrival)),
				journeys.staff().injectOpen(rampUsers(staff).during(this.arrival)),
				journeys.leader().injectOpen(rampUsers(leaders).during(this.arrival)),
				journeys.integration().injectOpen(rampUsers(api).during(this.arrival)))
			.protocols(this.protocol)
			.assertions(global().responseTime().percentile(95.0).lte(300),
					global().responseTime().percentile(99.0).lte(1000), global().failedRequests().count().is(0L));
	}

	@Override
	public void after() {
		RunRecord.write();
	}

	/**
	 * Tells the script when the users start to arrive (after the database is prepared),
	 * so it measures the CPU of the test and not of the seeding.
	 */
	static void markStart() {
		String file = System.getProperty("anwei.load.started-file");
		if (file != null) {
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of(file),
						String.valueOf(System.currentTimeMillis() / 1000));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

}
