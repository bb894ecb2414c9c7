package org.anwei.duban.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.anwei.duban.TestProfiles;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

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

	/** Whether a page has come in this test run: the frontend bundle is built. */
	private static boolean frontendReady;

	/**
	 * What shows once a user's home has opened: the greeting, or a leader's dashboard.
	 */
	private static final String HOME = "#home-greeting, #dashboard-scope";

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		driver = startChrome(true);
	}

	/**
	 * Debian's headless Chromium, on a phone-sized screen when asked; skipped only when
	 * no Chromium is installed outside CI.
	 */
	static ChromeDriver startChrome(boolean phone) {
		boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
		}
		Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN");
		if (phone) {
			// A phone: headless Chromium will not size a window below 500 px, so emulate
			// the device instead.
			options.setExperimentalOption("mobileEmulation",
					Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
		}
		// the console, to catch anything the Content-Security-Policy blocks
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new ChromeDriver(service, options);
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
		driver.manage().logs().get(LogType.BROWSER); // starts each test with an empty
														// console
	}

	/**
	 * Every page of every browser test runs under the application's real
	 * Content-Security-Policy: nothing it blocks may go unnoticed.
	 */
	@AfterEach
	void nothingWasBlockedByTheContentSecurityPolicy() {
		List<String> violations = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy")
					|| message.contains("Content-Security-Policy"))
			.toList();
		assertThat(violations).as("blocked by the Content-Security-Policy").isEmpty();
	}

	String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	/**
	 * On a fresh clone Vaadin builds its development bundle (our charts and map among the
	 * components) when the first page is asked for, which takes a minute or two on two
	 * cores; the page asked for meanwhile never becomes the login form. The first sign-in
	 * of the test run asks again until the form comes.
	 */
	private void awaitFrontendBundle() {
		if (frontendReady) {
			return;
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			driver.get(url("login"));
			try {
				new WebDriverWait(driver, Duration.ofSeconds(15))
					.until(d -> d.findElement(By.cssSelector("input[name='username']")));
				frontendReady = true;
				return;
			}
			catch (org.openqa.selenium.TimeoutException stillBuilding) {
				// ask again
			}
		}
		throw new AssertionError("No login form within 5 minutes: is the frontend bundle building?");
	}

	/** Types the credentials into the login form and submits it, as a person would. */
	WebDriverWait signIn(String username, String password) {
		awaitFrontendBundle();
		driver.get(url("login"));
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		WebElement name = wait.until(d -> d.findElement(By.cssSelector("input[name='username']")));
		// typed only once the page's client has started: a person's first keystroke comes
		// after the page is drawn
		wait.until(d -> Boolean.TRUE.equals(script("""
				const flow = window.Vaadin && window.Vaadin.Flow;
				return !!flow && !!flow.clients && Object.values(flow.clients).length > 0
				  && Object.values(flow.clients).every(c => !c.isActive || !c.isActive());
				""")));
		name.sendKeys(username);
		driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
		driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
		return wait;
	}

	/**
	 * Signs a demo user in and waits for their home page; if it does not come, says where
	 * the browser is and what the page says, with a screenshot.
	 */
	WebDriverWait signInAsDemo(String username) {
		WebDriverWait wait = signIn(username, TestUsers.DEMO_PASSWORD);
		wait.until(d -> d.getCurrentUrl().contains("login?") || !d.findElements(By.cssSelector(HOME)).isEmpty());
		if (driver.getCurrentUrl().contains("login?expired")) {
			// the login form's session went away under it (the page says so): sign in
			// again,
			// as a person would
			wait = signIn(username, TestUsers.DEMO_PASSWORD);
		}
		try {
			wait.until(d -> !d.findElements(By.cssSelector(HOME)).isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("sign-in-failed-" + username);
			throw new AssertionError("no home page for " + username + " at " + driver.getCurrentUrl() + ": "
					+ script("return document.body.innerText + ' | ' + [...document.querySelectorAll("
							+ "'vaadin-login-form, vaadin-notification-card')].map(e => e.innerText"
							+ " || JSON.stringify(e.i18n && e.i18n.errorMessage)).join(' | ')"),
					ex);
		}
		return wait;
	}

	static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Clicks the displayed component with this id, scrolled into view first. */
	static void click(WebDriverWait wait, String id) {
		WebElement button = wait
			.until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
		script("arguments[0].scrollIntoView({block: 'center'})", button);
		button.click();
	}

	/**
	 * Types into a Vaadin text field, text area, number or date field, as a person would.
	 */
	static void type(WebDriverWait wait, String id, String text) {
		WebElement input = wait.until(d -> d.findElements(By.cssSelector("#" + id + " input, #" + id + " textarea"))
			.stream()
			.findFirst()
			.orElse(null));
		script("arguments[0].scrollIntoView({block: 'center'})", input);
		input.clear();
		input.sendKeys(text);
		input.sendKeys(Keys.TAB);
	}

	/**
	 * Sets a Vaadin date picker's day as its calendar does: on a phone the picker is a
	 * full-screen calendar whose field takes no typing.
	 */
	static void pickDate(WebDriverWait wait, String id, java.time.LocalDate day) {
		WebElement picker = wait.until(d -> d.findElement(By.id(id)));
		script("arguments[0].value = arguments[1]", picker, day.toString());
		wait.until(d -> !picker.findElement(By.cssSelector("input")).getDomProperty("value").isEmpty());
	}

	/** Opens a Vaadin select and picks the item with this label. */
	static void choose(WebDriverWait wait, String id, String label) {
		click(wait, id);
		pickItem(wait, "vaadin-select-item", label);
	}

	/** Types into a Vaadin combo box and picks the item with this label. */
	static void chooseFiltered(WebDriverWait wait, String id, String label) {
		WebElement input = wait.until(d -> d.findElement(By.cssSelector("#" + id + " input")));
		script("arguments[0].scrollIntoView({block: 'center'})", input);
		input.click();
		input.sendKeys(label);
		pickItem(wait, "vaadin-combo-box-item", label);
	}

	private static void pickItem(WebDriverWait wait, String tag, String label) {
		WebElement item = wait.until(d -> d.findElements(By.tagName(tag))
			.stream()
			.filter(e -> e.isDisplayed() && e.getText().strip().equals(label))
			.findFirst()
			.orElse(null));
		item.click();
	}

	/** Chooses the radio button with this label in a Vaadin radio group. */
	static void chooseRadio(WebDriverWait wait, String groupId, String label) {
		WebElement radio = wait.until(d -> d.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button"))
			.stream()
			.filter(e -> e.getText().strip().equals(label))
			.findFirst()
			.orElse(null));
		script("arguments[0].scrollIntoView({block: 'center'})", radio);
		radio.click();
	}

	/** Gives a file to a Vaadin upload and waits until it is received. */
	static void attach(WebDriverWait wait, String uploadId, Path file) {
		WebElement fileInput = wait.until(d -> (WebElement) script("""
				const upload = document.getElementById(arguments[0]);
				if (!upload) return null;
				return upload.querySelector('input[type=file]')
				    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
				""", uploadId));
		fileInput.sendKeys(file.toAbsolutePath().toString());
		wait.until(d -> (Boolean) script("""
				const u = document.getElementById(arguments[0]);
				return !!u && u.files.length > 0 && u.files.every(f => f.complete);
				""", uploadId));
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
