package org.anwei.duban.security.http;

import java.net.http.HttpResponse;

import org.anwei.duban.LiveServerTest;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 4, login CSRF, against the running application: a login form posted without the
 * browser's own CSRF token (none, a made-up one, or from a foreign page) signs nobody in
 * and sends the browser back to the login page; the real login page's form still works.
 */
class LoginCsrfProbeTest extends LiveServerTest {

	@Test
	void a_login_post_without_the_pages_token_signs_nobody_in() throws Exception {
		loginPageToken(); // the victim's browser has a session and a token
		String credentials = "username=" + TestUsers.STAFF + "&password=" + TestUsers.DEMO_PASSWORD;
		for (String attack : new String[] { credentials, credentials + "&_csrf=forged-token-value" }) {
			HttpResponse<String> posted = postForm("/login", attack);
			assertThat(posted.statusCode()).as(attack).isEqualTo(303);
			assertThat(posted.headers().firstValue("Location")).hasValue("/login?expired");
			assertSignedOut();
		}
		HttpResponse<String> foreign = postForm("/login", credentials, "Origin", "http://evil.example", "Referer",
				"http://evil.example/form.html");
		assertThat(foreign.statusCode()).isEqualTo(303);
		assertSignedOut();
	}

	@Test
	void a_foreign_page_posting_to_a_browser_without_a_session_gets_nowhere() throws Exception {
		HttpResponse<String> posted = postForm("/login",
				"username=" + TestUsers.STAFF + "&password=" + TestUsers.DEMO_PASSWORD + "&_csrf=x", "Origin",
				"http://evil.example");
		assertThat(posted.statusCode()).isEqualTo(303);
		assertSignedOut();
	}

	@Test
	void the_login_page_form_with_its_own_token_signs_in() throws Exception {
		HttpResponse<String> posted = signIn(TestUsers.STAFF, TestUsers.DEMO_PASSWORD);
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
		assertThat(get("/").statusCode()).as("signed in: the application itself").isEqualTo(200);
	}

	private void assertSignedOut() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

}
