package org.anwei.duban.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.anwei.duban.TestProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real thing: the app on a port, Debian's headless Chromium on a phone-sized screen,
 * a user typing and clicking. Skipped only when no Chromium is installed outside CI; in
 * CI a missing browser fails the build.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
abstract class BrowserTest {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static WebDriver driver;

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
				Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
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

	String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	/** Types the credentials into the login form and submits it, as a person would. */
	WebDriverWait signIn(String username, String password) {
		driver.get(url("login"));
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		wait.until(d -> d.findElement(By.cssSelector("input[name='username']"))).sendKeys(username);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
		driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
		return wait;
	}

	static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/**
	 * Screenshots go to target/screenshots for a person to look at; tests do not compare
	 * pixels.
	 */
	static void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
