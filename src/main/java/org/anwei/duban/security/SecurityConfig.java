package org.anwei.duban.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.anwei.duban.base.security.Roles;
import org.anwei.duban.security.internal.LogoutAuditor;
import org.anwei.duban.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.anwei.duban.security.internal.AccessTokenAuthenticator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Web and method security. Views are guarded by Vaadin's annotation-based access control;
 * services by {@code @PreAuthorize}. Only the login and first-admin setup views and the
 * health endpoint are open to anonymous users. Remember-me is deliberately not
 * configured: offices share computers.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfig {

	/**
	 * The REST API for integrations and mobile clients: personal access tokens (Bearer)
	 * or HTTP Basic, no session, no CSRF (no cookies to forge), with its own access
	 * rules. Failed attempts count towards the same lockout as the login page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokenAuthenticator tokens) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/extract/**")
				.hasRole(Roles.STAFF)
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LogoutAuditor logoutAuditor) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Roles.ADMIN));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
			vaadin.loginView(LoginView.class);
			vaadin.addLogoutHandler(logoutAuditor);
		});
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
