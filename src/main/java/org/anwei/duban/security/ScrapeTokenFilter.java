package org.anwei.duban.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <anwei.metrics.scrape-token>} on the monitoring endpoints:
 * the metrics collector (Prometheus) reads the metrics and nothing else, so its
 * configuration holds no user's password. Any other bearer token is refused with 401; no
 * token set means no scraping by token (an ADMIN with HTTP Basic still can).
 */
class ScrapeTokenFilter extends OncePerRequestFilter {

	/** The authority a valid scrape token grants. */
	static final String METRICS_READER = "METRICS_READER";

	/** Shorter tokens could be guessed; the application refuses to start with one. */
	static final int MIN_LENGTH = 32;

	private final byte[] token;

	private final ApiRefusals refusals;

	ScrapeTokenFilter(String token, ApiRefusals refusals) {
		if (!token.isEmpty() && token.length() < MIN_LENGTH) {
			throw new IllegalArgumentException(
					"anwei.metrics.scrape-token must be at least " + MIN_LENGTH + " characters (or empty for none)");
		}
		this.token = token.getBytes(StandardCharsets.UTF_8);
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = BearerCredentials.of(request);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		if (this.token.length == 0 || !MessageDigest.isEqual(this.token, presented.getBytes(StandardCharsets.UTF_8))) {
			this.refusals.invalidToken(request, response);
			return;
		}
		BearerCredentials.proceedAs(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
				List.of(new SimpleGrantedAuthority(METRICS_READER))), request, response, chain);
	}

}
