package org.anwei.duban.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.security.LoginThrottledException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the owner of a token by the token's hash. A revoked or expired token, or one
 * whose owner is disabled or locked, authenticates nobody; each refusal is recorded with
 * its address and counts towards the address's throttle. A token's use is recorded in the
 * audit trail at most once a day (its last use, at most once a minute, on the token).
 */
@Component
public class AccessTokenAuthenticator {

	private final AccessTokenRepository tokens;

	private final AppUserRepository users;

	private final UserDetailsService userDetails;

	private final AuditTrail auditTrail;

	private final LoginThrottle throttle;

	private final Clock clock;

	AccessTokenAuthenticator(AccessTokenRepository tokens, AppUserRepository users, UserDetailsService userDetails,
			AuditTrail auditTrail, LoginThrottle throttle, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.userDetails = userDetails;
		this.auditTrail = auditTrail;
		this.throttle = throttle;
		this.clock = clock;
	}

	/**
	 * The token's owner, or empty when the token authenticates nobody; throws
	 * {@link LoginThrottledException} while the address must wait.
	 */
	@Transactional
	public Optional<AppUserPrincipal> authenticate(String tokenHash, String address) {
		var wait = this.throttle.waitFor(address);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		Instant now = this.clock.instant();
		Optional<AccessToken> token = this.tokens.findByTokenHash(tokenHash).filter(t -> t.isUsable(now));
		Optional<AppUserPrincipal> owner = token.flatMap(t -> this.users.findById(t.getUserId()))
			.map(user -> (AppUserPrincipal) this.userDetails.loadUserByUsername(user.getUsername()))
			.filter(p -> p.isEnabled() && p.isAccountNonLocked());
		if (owner.isEmpty()) {
			this.auditTrail.recordSecurityEvent("API_TOKEN_REFUSED", null, "", address, null);
			this.throttle.failed(address);
			return owner;
		}
		AccessToken used = token.get();
		Instant last = used.getLastUsedAt();
		if (last == null || last.isBefore(now.minus(Duration.ofDays(1)))) {
			this.auditTrail.recordSecurityEvent("API_TOKEN_USED", owner.get().userId(), owner.get().getUsername(),
					address, used.getName() + " (" + used.getTokenPrefix() + "…)");
		}
		if (last == null || last.isBefore(now.minus(Duration.ofMinutes(1)))) {
			used.used(now);
		}
		return owner;
	}

}
