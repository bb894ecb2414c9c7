package org.anwei.duban.security.http;

import java.net.http.HttpResponse;

import org.anwei.duban.LiveServerTest;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 10, headers and session ids, against the running application. That the
 * application works under its Content-Security-Policy is proven by every browser test,
 * which fails on anything the policy blocks.
 */
class HeadersProbeTest extends LiveServerTest {

	@Test
	void pages_carry_a_content_security_policy_and_the_privacy_headers() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
				"form-action 'self'", "base-uri 'self'");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()",
				"microphone=()");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void the_api_forbids_any_content_to_run() throws Exception {
		HttpResponse<String> api = get("/api/v1/tasks");
		assertThat(api.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; frame-ancestors 'none'");
		assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
	}

	@Test
	void session_ids_travel_in_a_cookie_never_in_a_url() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
		HttpResponse<String> login = get("/login");
		assertThat(login.body()).doesNotContainIgnoringCase("jsessionid=");
		HttpResponse<String> signedIn = signIn(TestUsers.STAFF, TestUsers.DEMO_PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
	}

}
