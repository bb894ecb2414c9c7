package org.anwei.duban.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login hardening settings ({@code anwei.login.*}). Wrong passwords are counted three
 * ways, each within {@code lockDuration}:
 * <ul>
 * <li>{@code maxFailedAttempts} for one username from one address: that address waits
 * {@code lockDuration} before it may try that username again (anyone else may);</li>
 * <li>{@code maxFailedPerAddress} for any usernames from one address (password spraying):
 * that address waits;</li>
 * <li>{@code maxFailedPerAccount} for one account from all addresses together (an attack
 * from many machines): the account is locked for {@code lockDuration}, except for the
 * addresses it signed in from in the last {@code knownAddressDays} days, so an attacker
 * cannot keep its owner out.</li>
 * </ul>
 */
@ConfigurationProperties("anwei.login")
public record LoginProperties(int maxFailedAttempts, Duration lockDuration, int maxFailedPerAddress,
		int maxFailedPerAccount, int knownAddressDays) {

	public LoginProperties {
		if (maxFailedAttempts < 1) {
			maxFailedAttempts = 5;
		}
		if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
			lockDuration = Duration.ofMinutes(15);
		}
		if (maxFailedPerAddress < 1) {
			maxFailedPerAddress = 50;
		}
		if (maxFailedPerAccount < 1) {
			maxFailedPerAccount = 20;
		}
		if (knownAddressDays < 1) {
			knownAddressDays = 90;
		}
	}

}
