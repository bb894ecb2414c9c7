package org.anwei.duban.browser;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a node reports of its users, as they use it through a real browser: each view's
 * requests timed under the view's name, and the open tabs counted, a closed tab given
 * back at once (the tab says so as it closes).
 */
class BrowserMetricsTest extends BrowserTest {

	@Autowired
	MeterRegistry registry;

	@Test
	void requests_are_timed_per_view_and_a_closed_tab_is_no_longer_counted() {
		WebDriverWait wait = signInAsDemo(TestUsers.STAFF);
		driver.get(url("tasks"));
		wait.until(d -> !d.findElements(By.cssSelector("#task-grid")).isEmpty());
		wait.until(d -> requests("TaskListView") > 0);
		assertThat(this.registry.find("anwei.sessions.open").gauge().value()).isGreaterThanOrEqualTo(1);

		String first = driver.getWindowHandle();
		double open = openUis();
		driver.switchTo().newWindow(WindowType.TAB);
		driver.get(url("tasks"));
		wait.until(d -> !d.findElements(By.cssSelector("#task-grid")).isEmpty());
		wait.until(d -> openUis() >= open + 1);
		double withSecondTab = openUis();
		driver.close();
		driver.switchTo().window(first);
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> openUis() <= withSecondTab - 1);
	}

	private double openUis() {
		return this.registry.find("anwei.ui.open").gauge().value();
	}

	private long requests(String view) {
		return this.registry.find("anwei.ui.requests")
			.tag("view", view)
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

}
