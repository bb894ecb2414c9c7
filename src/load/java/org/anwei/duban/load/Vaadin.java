package org.anwei.duban.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What a browser tab does with Vaadin, as requests: sign in through the login form (with
 * the page's CSRF token), open a page (the init request, then the router's first
 * navigation), and send what the user does as UIDL messages carrying the UI's CSRF token,
 * the server's sync id and the client's message id. Every answer is checked: status 200,
 * no {@code appError}, no expired session, and whatever the step expects to see.
 */
final class Vaadin {

	static final String UI = "ui";

	private static final String ANSWER = "answer";

	/** What Chromium on a phone tells the server about itself in the init request. */
	private static final String BROWSER = "&v-sh=844&v-sw=390&v-wh=844&v-ww=390&v-bh=844&v-bw=390&v-tzo=-480"
			+ "&v-dstd=0&v-rtzo=-480&v-dston=false&v-tzid=Asia%2FShanghai&v-td=true&v-pr=2&v-cs=light"
			+ "&v-pv=VISIBLE&v-tn=lumo";

	private Vaadin() {
	}

	/** The login form, posted as the browser posts it: with its CSRF token. */
	static ChainBuilder signIn() {
		return exec(http("login page").get("/login").check(css("meta[name='_csrf']", "content").saveAs("loginCsrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", "#{password}")
				.formParam("_csrf", "#{loginCsrf}")
				.check(status().is(200), currentLocationRegex(".*/login.*").notExists()))
			.exec(getCookieValue(CookieKey("JSESSIONID")))
			.exec(RunRecord::signedIn);
	}

	/**
	 * After a failure, as a person reloads: the page again; if it does not come (the
	 * session is gone with its node, the login page shows), signing in first. The failed
	 * reload counts as a failure of the node that lost the session.
	 */
	static ChainBuilder reopen(ChainBuilder reload) {
		return exec(exitBlockOnFail().on(reload)).doIf(Session::isFailed)
			.then(exec(Session::markAsSucceeded).exec(signIn()).exec(reload));
	}

	/**
	 * Opens a page in a new tab state: the init request and the router's navigation to
	 * it. The tab before it, if any, says goodbye with its unload beacon.
	 */
	static ChainBuilder open(String name, Function<Session, String> route, Function<Session, String> query,
			CheckBuilder... expected) {
		return exec(http(name + " page")
			.get(session -> "/?v-r=init&location=" + encode(route.apply(session)) + "&query="
					+ encode(query.apply(session)) + "&v-curdate=" + System.currentTimeMillis() + BROWSER)
			.check(status().is(200), bodyString().saveAs(ANSWER)))
			.exec(session -> session.set(UI, UiState.init(session.getString(ANSWER))).remove(ANSWER))
			.exec(uidl(name,
					(session, ui) -> new String[] { Rpc.navigate(route.apply(session), query.apply(session), true) },
					expected));
	}

	/** A UIDL message for what the user does, its answer taken in and checked. */
	static ChainBuilder uidl(String name, Action action, CheckBuilder... expected) {
		CheckBuilder[] checks = new CheckBuilder[expected.length + 4];
		checks[0] = status().is(200);
		checks[1] = substring("\"appError\"").notExists();
		checks[2] = substring("\"sessionExpired\"").notExists();
		checks[3] = bodyString().saveAs(ANSWER);
		System.arraycopy(expected, 0, checks, 4, expected.length);
		return exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
			.header("Content-Type", "application/json; charset=UTF-8")
			.body(StringBody(session -> ui(session).message(action.rpc(session, ui(session)))))
			.check(checks)).exec(session -> {
				if (session.contains(ANSWER)) {
					ui(session).absorb(session.getString(ANSWER));
				}
				return session.remove(ANSWER);
			});
	}

	/** A file sent to an upload's target, as the upload component sends it. */
	static ChainBuilder upload(String name, String uploadId, byte[] content, String fileName, String contentType) {
		return exec(
				uidl(name + " start", (session, ui) -> new String[] { Rpc.event(ui.node(uploadId), "upload-start") }))
			.exec(http(name).post(session -> "/" + ui(session).uploadTarget(uploadId))
				.header("Content-Type", contentType)
				.header("X-Filename", encode(fileName))
				.body(io.gatling.javaapi.core.CoreDsl.ByteArrayBody(content))
				.check(status().is(200)))
			.exec(uidl(name + " done", (session, ui) -> new String[] { Rpc.uploadSucceeded(ui.node(uploadId)) }));
	}

	/** The tab's unload beacon: its UI is closed on the server at once. */
	static ChainBuilder close() {
		return exec(http("close tab").post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
			.header("Content-Type", "text/plain;charset=UTF-8")
			.body(StringBody(session -> ui(session).unload()))
			.check(status().in(200, 204)));
	}

	static UiState ui(Session session) {
		return (UiState) session.get(UI);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The client's messages for a user's action on the tab as it now is. */
	@FunctionalInterface
	interface Action {

		String[] rpc(Session session, UiState ui);

	}

}
