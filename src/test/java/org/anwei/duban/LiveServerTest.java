package org.anwei.duban;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a real port, probed from outside with a plain HTTP client, as an
 * attacker or a careless integration would. The same Spring context as the browser tests.
 * Each test gets a fresh client with its own cookies; redirects are not followed, so
 * every answer is seen as sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
public abstract class LiveServerTest {

	@LocalServerPort
	protected int port;

	protected HttpClient http;

	@BeforeEach
	void freshClient() {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	protected HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path));
	}

	protected HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build());
	}

	protected static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Opens the login page and signs in with the form as the browser posts it: the CSRF
	 * token the page carries in its meta tag, sent as {@code _csrf}. Returns the answer
	 * to the form post.
	 */
	protected HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String token = loginPageToken();
		return postForm("/login", "username=" + username + "&password=" + password + "&_csrf=" + token);
	}

	/** The CSRF token the login page hands the browser in its meta tag. */
	protected String loginPageToken() throws IOException, InterruptedException {
		HttpResponse<String> page = get("/login");
		Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
		if (!meta.find()) {
			throw new AssertionError("no CSRF token on the login page: " + page.body());
		}
		return meta.group(1);
	}

	protected HttpResponse<String> postForm(String path, String form, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return send(builder.build());
	}

}
