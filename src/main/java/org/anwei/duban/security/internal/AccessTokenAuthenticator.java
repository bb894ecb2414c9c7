package org.anwei.duban.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.anwei.duban.base.security.AppUserPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the owner of a token by the token's hash. A revoked or expired token, or one
 * whose owner is disabled or locked, authenticates nobody. Records the last use at most
 * once a minute.
 */
@Component
public class AccessTokenAuthenticator {

	private final AccessTokenRepository tokens;

	private final AppUserRepository users;

	private final UserDetailsService userDetails;

	private final Clock clock;

	AccessTokenAuthenticator(AccessTokenRepository tokens, AppUserRepository users, UserDetailsService userDetails,
			Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.userDetails = userDetails;
		this.clock = clock;
	}

	@Transactional
	public Optional<AppUserPrincipal> authenticate(String tokenHash) {
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(tokenHash).filter(t -> t.isUsable(now)).flatMap(token -> {
			if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
				token.used(now);
			}
			return this.users.findById(token.getUserId())
				.map(user -> (AppUserPrincipal) this.userDetails.loadUserByUsername(user.getUsername()))
				.filter(p -> p.isEnabled() && p.isAccountNonLocked());
		});
	}

}
