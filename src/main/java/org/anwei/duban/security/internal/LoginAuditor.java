package org.anwei.duban.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.security.LoginProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Listens to Spring Security's sign-in events. Every login on the login page and every
 * failed attempt anywhere is recorded with its address; an API call authenticated with a
 * password is recorded at most once a day per user, so integrations do not drown the
 * trail. Wrong passwords are counted for the throttle and, across all addresses, towards
 * the account's lock (see {@link LoginProperties}).
 */
@Component
class LoginAuditor {

	static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";

	static final String API_SIGNED_IN = "API_SIGNED_IN";

	private final AppUserRepository repository;

	private final AuditTrail auditTrail;

	private final LoginThrottle throttle;

	private final LoginProperties properties;

	private final Clock clock;

	LoginAuditor(AppUserRepository repository, AuditTrail auditTrail, LoginThrottle throttle,
			LoginProperties properties, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal)) {
			return;
		}
		String address = PasswordFirstAuthentication.address(event.getAuthentication());
		this.throttle.succeeded(principal.getUsername(), address);
		if (isApiCall()) {
			this.repository.resetFailedAttempts(principal.userId());
			if (!this.auditTrail.hasSecurityEvent(principal.userId(), API_SIGNED_IN, null,
					this.clock.instant().minus(Duration.ofDays(1)))) {
				this.auditTrail.recordSecurityEvent(API_SIGNED_IN, principal.userId(), principal.getUsername(), address,
						"HTTP Basic");
			}
			return;
		}
		this.repository.recordSuccessfulLogin(principal.userId(), this.clock.instant());
		AccountLanguage.fromRequestCookie()
			.ifPresent(language -> this.repository.recordLanguage(principal.userId(), language));
		this.auditTrail.recordSecurityEvent(LOGIN_SUCCEEDED, principal.userId(), principal.getUsername(), address,
				null);
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String username = String.valueOf(attempt.getPrincipal()).strip().toLowerCase(Locale.ROOT);
		Optional<AppUser> user = this.repository.findByUsername(username);
		Long userId = user.map(AppUser::getId).orElse(null);
		String address = PasswordFirstAuthentication.address(attempt);
		String reason = event.getException().getClass().getSimpleName();
		this.auditTrail.recordSecurityEvent("LOGIN_FAILED", userId, username, address, reason);
		if (!(event.getException() instanceof BadCredentialsException)) {
			return; // throttled, locked or disabled: not a guess at the password
		}
		if (this.throttle.failed(username, address)) {
			this.auditTrail.recordSecurityEvent("ADDRESS_THROTTLED", userId, username, address,
					this.properties.lockDuration().toMinutes() + " min");
		}
		if (userId != null && lockedNow(userId)) {
			this.auditTrail.recordSecurityEvent("ACCOUNT_LOCKED", userId, username, address,
					this.properties.lockDuration().toMinutes() + " min");
		}
	}

	/**
	 * One more wrong password for the account, across all addresses: it locks when there
	 * have been too many (counted in the database, so that guesses at the same moment all
	 * count).
	 */
	private boolean lockedNow(long userId) {
		this.repository.countFailedLogin(userId);
		return this.repository.lockIfTooManyFailures(userId, this.properties.maxFailedPerAccount(),
				this.clock.instant().plus(this.properties.lockDuration())) == 1;
	}

	private static boolean isApiCall() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				&& servlet.getRequest().getRequestURI().startsWith(servlet.getRequest().getContextPath() + "/api/");
	}

}
