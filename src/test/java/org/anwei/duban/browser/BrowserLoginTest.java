package org.anwei.duban.browser;

import java.util.List;

import org.anwei.duban.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role logs in and sees its menu; a wrong password keeps the user out. */
class BrowserLoginTest extends BrowserTest {

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource(delimiter = '|',
			value = { "admin|工作台,成员单位,辖区地图,用户管理,审计日志", "anweiban|工作台,领导驾驶舱,我的待办,任务,隐患台账,检查督查,会议,问责台账,月度通报,成员单位",
					"leader|工作台,领导驾驶舱,我的待办,任务,隐患台账,检查督查,会议,问责台账,月度通报,成员单位", "yjj|工作台,我的待办,任务,隐患台账,检查督查,问责台账" })
	void each_role_logs_in_on_a_phone_sized_screen_and_sees_its_menu(String username, String expectedMenu) {
		WebDriverWait wait = signInAsDemo(username);
		// On a phone the navigation sits in a drawer; its items are in the page either
		// way.
		List<String> menu = wait.until(d -> {
			List<String> labels = d.findElements(By.cssSelector("#main-nav vaadin-side-nav-item"))
				.stream()
				.map(item -> item.getAttribute("textContent").strip())
				.toList();
			return labels.isEmpty() ? null : labels;
		});
		assertThat(menu).containsExactly(expectedMenu.split(","));
		screenshot("home-" + username);
	}

	@ParameterizedTest(name = "the department list fits a phone for {0}")
	@CsvSource("anweiban")
	void the_department_list_is_usable_on_a_phone(String username) {
		WebDriverWait wait = signInAsDemo(username);
		driver.get(url("departments?q=%E5%AE%89%E7%9B%91"));
		wait.until(d -> d.findElements(By.cssSelector("#department-grid vaadin-grid-cell-content"))
			.stream()
			.anyMatch(cell -> cell.getAttribute("textContent").contains("市应急管理局")));
		Number pageWidth = (Number) script("return document.documentElement.scrollWidth");
		Number viewport = (Number) script("return window.innerWidth");
		assertThat(viewport.intValue()).isEqualTo(390);
		screenshot("departments-" + username);
		assertThat(pageWidth.intValue()).as("no horizontal page scrolling on a 390 px phone").isLessThanOrEqualTo(390);
	}

	@ParameterizedTest(name = "wrong password for {0} is refused")
	@CsvSource("yjj")
	void a_wrong_password_keeps_the_user_on_the_login_page(String username) {
		WebDriverWait wait = signIn(username, "not-the-password");
		wait.until(d -> d.getCurrentUrl().contains("error"));
		assertThat(driver.findElements(By.cssSelector("#home-greeting"))).isEmpty();
	}

	@ParameterizedTest(name = "{0} cannot choose a guessable password")
	@CsvSource("yjj")
	void a_guessable_new_password_is_refused_with_the_reason(String username) {
		WebDriverWait wait = signInAsDemo(username);
		driver.get(url("change-password"));
		List<WebElement> fields = wait.until(d -> {
			List<WebElement> inputs = d.findElements(By.cssSelector("vaadin-password-field input"));
			return inputs.size() == 3 ? inputs : null;
		});
		fields.get(0).sendKeys(TestUsers.DEMO_PASSWORD);
		fields.get(1).sendKeys("Password123!");
		fields.get(2).sendKeys("Password123!");
		driver.findElement(By.id("password-save")).click();

		String message = wait.until(d -> (String) script(
				"const f = document.querySelectorAll('vaadin-password-field')[1]; return f.invalid ? f.errorMessage : null;"));
		assertThat(message).contains("太容易被猜中").contains("常用密码");
		screenshot("password-refused-" + username);
		// The demo password still works: nothing was changed.
		driver.manage().deleteAllCookies();
		signInAsDemo(username);
	}

}
