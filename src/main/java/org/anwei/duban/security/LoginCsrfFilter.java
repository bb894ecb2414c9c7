package org.anwei.duban.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: the login form must carry the CSRF token of the browser's own session,
 * which the login page holds (Vaadin's page puts it in a meta tag and the login form
 * sends it as {@code _csrf}). A foreign page that posts someone else's credentials to
 * {@code /login} has no such token, so it cannot sign a victim into the attacker's
 * account. Vaadin's security configurer exempts the login path from Spring's CSRF check;
 * this filter restores it for the POST alone. A refused (or expired) form goes back to
 * the login page, which asks to sign in again.
 */
final class LoginCsrfFilter extends OncePerRequestFilter {

	static final String EXPIRED = "/login?expired";

	private final RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.loginPost.matches(request) || carriesSessionToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + EXPIRED);
	}

	private boolean carriesSessionToken(HttpServletRequest request) {
		if (!(request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred)
				|| deferred.isGenerated()) {
			return false; // no session, or a session that never showed the login page
		}
		CsrfToken expected = deferred.get();
		String sent = request.getParameter(expected.getParameterName());
		if (sent == null) {
			sent = request.getHeader(expected.getHeaderName());
		}
		if (sent == null) {
			return false;
		}
		// the page may hold the token masked (Spring's default) or plain
		return same(expected.getToken(), this.tokens.resolveCsrfTokenValue(request, expected))
				|| same(expected.getToken(), sent);
	}

	private static boolean same(String expected, @Nullable String actual) {
		return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

}
