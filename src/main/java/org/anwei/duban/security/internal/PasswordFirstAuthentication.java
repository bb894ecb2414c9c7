package org.anwei.duban.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.security.LoginProperties;
import org.anwei.duban.security.LoginThrottledException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (the login page and HTTP Basic on the API) in an order
 * that reveals nothing: first the address's throttle (the same for every name), then the
 * password (the same message for a wrong password and an unknown name, in the same time),
 * and only after a correct password whether the account is disabled or locked. A locked
 * account still opens from an address it signed in from lately (see
 * {@link LoginProperties}), so a lock set off by strangers never keeps its owner out.
 */
public final class PasswordFirstAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditTrail auditTrail;

	private final LoginProperties properties;

	private final Clock clock;

	public PasswordFirstAuthentication(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
			AuditTrail auditTrail, LoginProperties properties, Clock clock) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		// Spring checks locked/disabled before the password; here both wait for it
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
		this.throttle = throttle;
		this.auditTrail = auditTrail;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = String.valueOf(attempt.getPrincipal()).strip().toLowerCase(Locale.ROOT);
		String address = address(attempt);
		var wait = this.throttle.waitFor(username, address);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		Authentication result = this.passwords.authenticate(attempt);
		if (result.getPrincipal() instanceof AppUserPrincipal principal && !principal.isAccountNonLocked()
				&& !knownAddress(principal.userId(), address)) {
			throw new LockedException("Account locked");
		}
		return result;
	}

	private boolean knownAddress(long userId, String address) {
		return this.auditTrail.hasSecurityEvent(userId, LoginAuditor.LOGIN_SUCCEEDED, address,
				this.clock.instant().minus(Duration.ofDays(this.properties.knownAddressDays())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Where the attempt came from; "unknown" outside a web request. */
	static String address(Authentication attempt) {
		@Nullable String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		return address == null ? "unknown" : address;
	}

}
