package org.anwei.duban.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.anwei.duban.TestUsers;
import org.anwei.duban.base.security.SystemUser;
import org.anwei.duban.demo.DemoTaskHistory;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader opens the app on a phone and lands on the dashboard of the five departments
 * they oversee, on the demo's half year of department work and a few hazards: the
 * headline, the ranking and the five charts drawn by ECharts (as SVG), then a headline
 * figure's list. Screenshots in target/screenshots/dashboard-*.png.
 */
class BrowserDashboardTest extends BrowserTest {

	@Autowired
	DemoTaskHistory history;

	@Autowired
	HazardService hazards;

	@Autowired
	DepartmentService departments;

	@Test
	void a_leader_lands_on_the_dashboard_with_its_charts_drawn() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		SystemUser.call(() -> {
			Map<String, Long> codes = this.departments.directory()
				.stream()
				.collect(Collectors.toMap(DepartmentRef::code, DepartmentRef::id));
			this.history.create(today, codes);
			for (String code : List.of("YJJ", "ZJJ", "JTJ")) {
				this.hazards.register(HazardTestData.general("驾驶舱浏览器" + code + System.nanoTime(), codes.get(code),
						today.minusDays(20), today.minusDays(5)), List.of());
			}
			return this.hazards.register(HazardTestData.major("驾驶舱浏览器重大" + System.nanoTime(), codes.get("YJJ"),
					today.minusDays(3), today.plusDays(40)), List.of());
		});
		WebDriverWait wait = signInAsDemo(TestUsers.LEADER);
		wait.until(d -> d.getCurrentUrl().contains("/dashboard"));
		click(wait, "dashboard-period");
		wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item"))
			.stream()
			.filter(i -> i.getText().strip().equals("本年"))
			.findFirst()
			.map(i -> {
				i.click();
				return true;
			})
			.orElse(false));
		wait.until(d -> d.getCurrentUrl().contains("period=THIS_YEAR"));
		List<WebElement> charts = wait.until(d -> {
			List<WebElement> drawn = d.findElements(By.cssSelector("anwei-chart[rendered]"));
			return drawn.size() == 5 ? drawn : null;
		});
		for (WebElement chart : charts) {
			wait.until(d -> !chart.findElements(By.cssSelector("svg path")).isEmpty());
		}
		assertThat(text("#dashboard-scope")).contains("5");
		Object rows = script("return document.querySelector('#department-ranking').size");
		assertThat(((Number) rows).intValue()).as("the leader's five departments").isEqualTo(5);
		screenshot("dashboard-leader-phone");
		script("document.querySelector('#dashboard-chart-trend').scrollIntoView()");
		screenshot("dashboard-leader-phone-charts");

		String issued = text("#dashboard-issued .home-count");
		WebElement card = driver.findElement(By.id("dashboard-issued"));
		script("arguments[0].scrollIntoView({block: 'center'})", card);
		card.click();
		wait.until(d -> d.getCurrentUrl().contains("/tasks?") && d.getCurrentUrl().contains("figure=ISSUED"));
		wait.until(d -> !d.findElements(By.id("task-figure")).isEmpty());
		Object listed = wait.until(d -> script(
				"const g = document.querySelector('#task-grid'); return g && g.size !== undefined ? g.size : null"));
		assertThat(String.valueOf(((Number) listed).intValue())).as("the list holds what the card counted")
			.isEqualTo(issued);
		screenshot("dashboard-drill-down-phone");
	}

	private static String text(String selector) {
		return String.valueOf(script("return document.querySelector(arguments[0]).textContent", selector)).strip();
	}

}
