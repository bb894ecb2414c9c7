package org.anwei.duban.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anwei.duban.base.api.ApiProblems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How the API refuses a caller, as problem details and never a redirect to the login
 * page: 401 with the schemes it accepts when no valid credentials came, 429 with
 * {@code Retry-After} while the address must wait after too many failures, 403 when the
 * caller's role may not.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ApiProblems problems;

	ApiRefusals(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (failure instanceof LoginThrottledException throttled) {
			tooManyAttempts(request, response, throttled);
			return;
		}
		response.setHeader("WWW-Authenticate",
				"Bearer realm=\"anwei-duban\", Basic realm=\"anwei-duban\", " + "charset=\"UTF-8\"");
		String key = failure instanceof LockedException ? "api.error.locked"
				: failure instanceof DisabledException ? "api.error.disabled" : "api.error.unauthorized";
		this.problems.write(request, response, 401, "unauthorized", key);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		this.problems.write(request, response, 403, "forbidden", "api.error.forbidden");
	}

	void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"anwei-duban\", error=\"invalid_token\"");
		this.problems.write(request, response, 401, "invalid-token", "api.error.token");
	}

	void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, LoginThrottledException throttled)
			throws IOException {
		response.setHeader("Retry-After", String.valueOf(throttled.waitMinutes() * 60));
		this.problems.write(request, response, 429, "too-many-attempts", "api.error.throttled",
				throttled.waitMinutes());
	}

}
