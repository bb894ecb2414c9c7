package org.anwei.duban.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login hardening settings ({@code anwei.login.*}): after {@code maxFailedAttempts} wrong
 * passwords in a row an account is locked for {@code lockDuration}.
 */
@ConfigurationProperties("anwei.login")
public record LoginProperties(int maxFailedAttempts, Duration lockDuration) {

	public LoginProperties {
		if (maxFailedAttempts < 1) {
			maxFailedAttempts = 5;
		}
		if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
			lockDuration = Duration.ofMinutes(15);
		}
	}

}
