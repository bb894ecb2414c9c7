package org.anwei.duban.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.security.internal.AccessTokenAuthenticator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer adb_…} on the API: the token's owner becomes the caller
 * for this request. A token that does not authenticate is refused with 401 at once rather
 * than falling through to another scheme; an address that sent too many bad tokens waits
 * (429).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final AccessTokenAuthenticator authenticator;

	private final ApiRefusals refusals;

	BearerTokenFilter(AccessTokenAuthenticator authenticator, ApiRefusals refusals) {
		this.authenticator = authenticator;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = BearerCredentials.of(request);
		if (token == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AppUserPrincipal> principal;
		try {
			principal = this.authenticator.authenticate(AccessTokenHash.of(token), request.getRemoteAddr());
		}
		catch (LoginThrottledException throttled) {
			this.refusals.tooManyAttempts(request, response, throttled);
			return;
		}
		if (principal.isEmpty()) {
			this.refusals.invalidToken(request, response);
			return;
		}
		BearerCredentials.proceedAs(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()), request, response, chain);
	}

}
