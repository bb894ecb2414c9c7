package org.anwei.duban.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
 * all five charts are drawn, for staff (everything, this year) and a leader (five
 * departments), the page loaded afresh each time (the script bundle from the browser's
 * cache, as on a second visit). Off by default; not an assertion of speed:
 * {@code ./mvnw test -Dtest=BrowserDashboardBenchmark -Danwei.benchmark=true} (add the
 * MariaDB settings of the README to measure MariaDB).
 */
@EnabledIfSystemProperty(named = "anwei.benchmark", matches = "true")
class BrowserDashboardBenchmark extends BrowserTest {

	private static final int RUNS = 7;

	/** Ranking rows present and every chart drawn. */
	private static final String INTERACTIVE = """
			const grid = document.querySelector('#department-ranking');
			return !!grid && grid.size > 0 && document.querySelectorAll('anwei-chart[rendered]').length === 5;
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
		List<Long> millis = new ArrayList<>();
		for (int run = 0; run <= RUNS; run++) {
			long start = System.nanoTime();
			driver.get(url(path));
			wait.until(d -> Boolean.TRUE.equals(script(INTERACTIVE)));
			long took = (System.nanoTime() - start) / 1_000_000;
			if (run > 0) {
				// the first load warms the server's and the browser's caches
				millis.add(took);
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
		millis.sort(null);
		System.out.printf("%-45s median %5d ms (min %d, max %d) over %d loads%n", what, millis.get(millis.size() / 2),
				millis.getFirst(), millis.getLast(), millis.size());
		screenshot("dashboard-benchmark-" + username);
	}

}
