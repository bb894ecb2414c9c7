package org.anwei.duban.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the bearer-token filters share: reading the token of an
 * {@code Authorization: Bearer …} header, and letting the rest of the request run as the
 * caller it names (and no longer once it is done).
 */
final class BearerCredentials {

	private BearerCredentials() {
	}

	/** The request's bearer token, or null when it sends none. */
	static @Nullable String of(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return header.substring(7).strip();
	}

	static void proceedAs(Authentication caller, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(caller);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
