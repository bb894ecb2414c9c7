package org.anwei.duban.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.anwei.duban.TestProfiles;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real thing: the app on a port, Debian's headless Chromium, a user typing a
 * password. Each role logs in and sees its menu. Skipped only when no Chromium is
 * installed outside CI; in CI a missing browser fails the build.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class BrowserLoginTest {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static WebDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
		}
		Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN");
		// A phone: headless Chromium will not size a window below 500 px, so emulate the
		// device instead.
		options.setExperimentalOption("mobileEmulation",
				java.util.Map.of("deviceMetrics", java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void signedOut() {
		driver.manage().deleteAllCookies();
	}

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource(delimiter = '|',
			value = { "admin|工作台,成员单位,用户管理,审计日志", "anweiban|工作台,会议,成员单位", "leader|工作台,会议,成员单位", "yjj|工作台" })
	void each_role_logs_in_on_a_phone_sized_screen_and_sees_its_menu(String username, String expectedMenu) {
		WebDriverWait wait = signIn(username, TestUsers.DEMO_PASSWORD);

		wait.until(d -> !d.findElements(By.cssSelector("#home-greeting")).isEmpty());
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
		WebDriverWait wait = signIn(username, TestUsers.DEMO_PASSWORD);
		wait.until(d -> !d.findElements(By.cssSelector("#home-greeting")).isEmpty());
		driver.get("http://localhost:" + this.port + "/departments?q=%E5%AE%89%E7%9B%91");
		wait.until(d -> d.findElements(By.cssSelector("#department-grid vaadin-grid-cell-content"))
			.stream()
			.anyMatch(cell -> cell.getAttribute("textContent").contains("市应急管理局")));
		Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth");
		Number viewport = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return window.innerWidth");
		assertThat(viewport.intValue()).isEqualTo(390);
		screenshot("departments-" + username);
		assertThat(pageWidth.intValue()).as("no horizontal page scrolling on a 390 px phone").isLessThanOrEqualTo(390);
	}

	/** Types the credentials into the login form and submits it, as a person would. */
	private WebDriverWait signIn(String username, String password) {
		driver.get("http://localhost:" + this.port + "/login");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		wait.until(d -> d.findElement(By.cssSelector("input[name='username']"))).sendKeys(username);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
		driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
		return wait;
	}

	/**
	 * Screenshots go to target/screenshots for a person to look at; tests do not compare
	 * pixels.
	 */
	private static void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((org.openqa.selenium.TakesScreenshot) driver)
				.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@ParameterizedTest(name = "wrong password for {0} is refused")
	@CsvSource("yjj")
	void a_wrong_password_keeps_the_user_on_the_login_page(String username) {
		WebDriverWait wait = signIn(username, "not-the-password");
		wait.until(d -> d.getCurrentUrl().contains("error"));
		assertThat(driver.findElements(By.cssSelector("#home-greeting"))).isEmpty();
	}

}
