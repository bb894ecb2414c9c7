package org.anwei.duban.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.anwei.duban.Medians;
import org.anwei.duban.TestUsers;
import org.anwei.duban.dashboard.DashboardVolumeSeed;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the dashboard takes in a real browser at volume (see
 * {@link DashboardVolumeSeed}): from asking for the page until its ranking has rows and
 * all five charts are drawn (and when it first answers, and when its headline and ranking
 * show), for staff (everything, this year) and a leader (five departments), the page
 * loaded afresh each time (the script bundle from the browser's cache, as on a second
 * visit). Off by default; not an assertion of speed:
 * {@code ./mvnw test -Dtest=BrowserDashboardBenchmark -Danwei.benchmark=true} (add the
 * MariaDB settings of the README to measure MariaDB).
 */
@EnabledIfSystemProperty(named = "anwei.benchmark", matches = "true")
class BrowserDashboardBenchmark extends BrowserTest {

	private static final int RUNS = 7;

	/**
	 * The page laid out with its filters, the figures shown or their place marked: it
	 * answers the user (the client renders a response in one go, and the elements exist
	 * only once it has).
	 */
	private static final String INTERACTIVE = """
			return !!document.querySelector('#dashboard-scope')
			  && !!document.querySelector('#dashboard-counting, #department-ranking');
			""";

	/** The headline figures and the ranking's rows shown. */
	private static final String STANDING = """
			const grid = document.querySelector('#department-ranking');
			return !!grid && grid.size > 0 && !!document.querySelector('#dashboard-issued');
			""";

	/** Every chart drawn as well. */
	private static final String COMPLETE = """
			return document.querySelectorAll('anwei-chart[rendered]').length === 5;
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DepartmentService departments;

	@Test
	void dashboard_page_at_volume() {
		DashboardVolumeSeed.seed(this.jdbc, org.anwei.duban.base.security.SystemUser
			.call(() -> this.departments.directory().stream().map(DepartmentRef::id).toList()));
		measure(TestUsers.STAFF, "dashboard?period=THIS_YEAR", "staff, this year");
		measure(TestUsers.STAFF, "dashboard?period=THIS_MONTH", "staff, this month");
		measure(TestUsers.LEADER, "dashboard?period=THIS_YEAR", "leader (5 departments), this year");
	}

	private void measure(String username, String path, String what) {
		driver.manage().deleteAllCookies();
		WebDriverWait wait = signInAsDemo(username);
		wait.withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(10));
		List<Long> interactive = new ArrayList<>();
		List<Long> standing = new ArrayList<>();
		List<Long> complete = new ArrayList<>();
		for (int run = 0; run <= RUNS; run++) {
			long start = System.nanoTime();
			driver.get(url(path));
			long[] at = new long[3];
			untilOrScreenshot(wait, at, d -> {
				long now = (System.nanoTime() - start) / 1_000_000;
				String[] checks = { INTERACTIVE, STANDING, COMPLETE };
				for (int i = 0; i < checks.length; i++) {
					if (at[i] == 0 && Boolean.TRUE.equals(script(checks[i]))) {
						at[i] = now;
					}
				}
				return at[0] > 0 && at[1] > 0 && at[2] > 0;
			});
			if (run > 0) {
				// the first load warms the server's and the browser's caches
				interactive.add(at[0]);
				standing.add(at[1]);
				complete.add(at[2]);
			}
		}
		System.out.println("  last load, ms after navigation start: " + script(
				"""
						const n = performance.getEntriesByType('navigation')[0];
						const big = performance.getEntriesByType('resource').sort((a, b) => b.duration - a.duration).slice(0, 4)
						  .map(r => r.name.replace(/^.*\\//, '') + ' ' + Math.round(r.duration) + 'ms/' + Math.round(r.transferSize / 1024) + 'kB');
						return 'html ' + Math.round(n.responseEnd) + ', DOMContentLoaded ' + Math.round(n.domContentLoadedEventEnd)
						  + ', load ' + Math.round(n.loadEventEnd) + ', now ' + Math.round(performance.now()) + ', slowest: ' + big.join('; ');
						"""));
		System.out.printf(
				"%-40s interactive %s, headline and ranking %s, all charts %s (median, min–max of %d loads)%n", what,
				Medians.describe(interactive), Medians.describe(standing), Medians.describe(complete),
				interactive.size());
		screenshot("dashboard-benchmark-" + username);
	}

	private void untilOrScreenshot(WebDriverWait wait, long[] at,
			java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
		try {
			wait.until(done);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("dashboard-benchmark-timeout");
			throw new AssertionError("reached (ms, 0 = not): " + java.util.Arrays.toString(at), ex);
		}
	}

}
