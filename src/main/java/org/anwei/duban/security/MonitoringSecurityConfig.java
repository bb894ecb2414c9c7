package org.anwei.duban.security;

import org.anwei.duban.base.api.ApiProblems;
import org.anwei.duban.base.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The actuator's endpoints, for load balancers and monitoring rather than people: health
 * (with the liveness and readiness groups) is open, so a load balancer needs no
 * credentials and learns only UP or DOWN; the metrics ({@code /actuator/prometheus}) need
 * the scrape token or an ADMIN with HTTP Basic (throttled like every sign-in); everything
 * else an ADMIN. No session, no redirect to the login page: a refusal is a 401 or 403.
 */
@Configuration
class MonitoringSecurityConfig {

	@Bean
	@Order(0)
	SecurityFilterChain monitoringFilterChain(HttpSecurity http, ApiProblems problems,
			@Value("${anwei.metrics.scrape-token:}") String scrapeToken) throws Exception {
		ApiRefusals refusals = new ApiRefusals(problems);
		http.securityMatcher("/actuator/**")
			.addFilterBefore(new ScrapeTokenFilter(scrapeToken.strip(), refusals), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAnyAuthority("ROLE_" + Roles.ADMIN, ScrapeTokenFilter.METRICS_READER)
				.anyRequest()
				.hasRole(Roles.ADMIN))
			.httpBasic(basic -> basic.authenticationEntryPoint(refusals))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfig.API_CONTENT_SECURITY_POLICY)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
