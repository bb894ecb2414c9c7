package org.anwei.duban.browser;

import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node behind the proxy, as its users meet it: its session ids name it (the proxy
 * routes on that), and a user whose session the node does not know (the node they worked
 * on died and the proxy sent them here) is taken to the login page at their next click,
 * which tells them why.
 */
@TestPropertySource(properties = "anwei.node-name=node-t")
class BrowserSessionEndedTest extends BrowserTest {

	@Test
	void session_ids_carry_the_node_name_and_a_session_this_node_never_saw_ends_on_the_login_page_with_the_reason() {
		WebDriverWait wait = signInAsDemo(TestUsers.STAFF);
		driver.get(url("tasks"));
		WebElement search = wait.until(d -> d.findElement(By.cssSelector("#task-search input")));
		Cookie session = driver.manage().getCookieNamed("JSESSIONID");
		assertThat(session.getValue()).endsWith(".node-t");

		// what the proxy does when the user's node is gone: the same cookie, another node
		driver.manage().deleteCookieNamed("JSESSIONID");
		driver.manage()
			.addCookie(new Cookie.Builder("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF.node-gone").path("/")
				.isHttpOnly(true)
				.build());
		search.sendKeys("隐患");

		wait.until(d -> d.getCurrentUrl().contains("login?ended"));
		WebElement reason = wait.until(d -> d.findElement(By.id("login-session-ended")));
		wait.until(d -> reason.isDisplayed());
		assertThat(reason.getText()).contains("重新登录");
		assertThat(driver.findElements(By.cssSelector("input[name='username']"))).isNotEmpty();
	}

}
