package org.anwei.duban.security;

import java.time.Clock;
import java.util.Map;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.api.ApiProblems;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.security.internal.AccessTokenAuthenticator;
import org.anwei.duban.security.internal.LoginThrottle;
import org.anwei.duban.security.internal.LogoutAuditor;
import org.anwei.duban.security.internal.PasswordFirstAuthentication;
import org.anwei.duban.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web and method security. Views are guarded by Vaadin's annotation-based access control;
 * services by {@code @PreAuthorize}. Only the login and first-admin setup views and the
 * health endpoint are open to anonymous users. Remember-me is deliberately not
 * configured: offices share computers. The actuator's endpoints have their own chain
 * ({@link MonitoringSecurityConfig}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfig {

	/** The REST API's endpoints; every other {@code /api/} path is an open 404. */
	static final String[] API_ENDPOINTS = { "/api/v1/tasks", "/api/v1/tasks/**", "/api/v1/hazards",
			"/api/v1/hazards/**", "/api/v1/extract", "/api/v1/extract/**" };

	/**
	 * What the browser may load for the web application: only this server's scripts,
	 * styles, images and connections; no plugins, no framing, forms post only here.
	 * Vaadin needs inline styles and scripts and {@code eval} for its client engine. A
	 * configured map tile server ({@code anwei.map.tile-url}) may serve images too.
	 */
	static String contentSecurityPolicy(@Nullable String tileUrl) {
		return String.join("; ", "default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:" + tileOrigin(tileUrl),
				"font-src 'self' data:", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'",
				"object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
	}

	/**
	 * The tile server's origin, its {@code {s}} subdomains as a wildcard; none if unset.
	 */
	private static String tileOrigin(@Nullable String tileUrl) {
		if (tileUrl == null || tileUrl.isBlank()) {
			return "";
		}
		java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://[^/?#]+)")
			.matcher(tileUrl.strip());
		if (!origin.find()) {
			throw new IllegalArgumentException("anwei.map.tile-url must start with http:// or https://");
		}
		String host = origin.group(1).replace("{s}", "*");
		if (host.contains("{") || host.contains(" ") || host.contains(";")) {
			throw new IllegalArgumentException("anwei.map.tile-url has an unexpected host: " + host);
		}
		return " " + host;
	}

	/** The API answers JSON only: nothing in it may run or be framed. */
	static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** Powerful browser features nobody needs here; the location only for this site. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=()";

	/**
	 * The REST API for integrations and mobile clients: personal access tokens (Bearer)
	 * or HTTP Basic, no session, no CSRF (no cookies to forge), with its own access
	 * rules. Refusals are problem details (401/403/429), never a redirect. Failed
	 * attempts count towards the same throttle and lock as the login page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokenAuthenticator tokens, ApiProblems problems)
			throws Exception {
		ApiRefusals refusals = new ApiRefusals(problems);
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.addFilterBefore(new BearerTokenFilter(tokens, refusals), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/extract", "/api/v1/extract/**")
				.hasRole(Roles.STAFF)
				.requestMatchers(API_ENDPOINTS)
				.authenticated()
				.requestMatchers("/api/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(refusals))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LogoutAuditor logoutAuditor,
			@Value("${anwei.map.tile-url:}") String tileUrl) throws Exception {
		http.addFilterBefore(new LoginCsrfFilter(), UsernamePasswordAuthenticationFilter.class);
		String policy = contentSecurityPolicy(tileUrl);
		http.headers(headers -> browserHeaders(headers, policy));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
			vaadin.loginView(LoginView.class);
			vaadin.addLogoutHandler(logoutAuditor);
		});
		return http.build();
	}

	private static void browserHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frames -> frames.deny());
	}

	/**
	 * Sign-in with a password, the login page's and HTTP Basic's: throttle, then
	 * password, then account state (see {@link PasswordFirstAuthentication}).
	 */
	@Bean
	PasswordFirstAuthentication passwordFirstAuthentication(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, AuditTrail auditTrail, LoginProperties properties, Clock clock) {
		return new PasswordFirstAuthentication(users, encoder, throttle, auditTrail, properties, clock);
	}

	/**
	 * Spring's sign-in events, with a throttled attempt reported as a failure too (Spring
	 * would drop an exception type it does not know), so it is audited.
	 */
	@Bean
	DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setAdditionalExceptionMappings(
				Map.of(LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
		return events;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
