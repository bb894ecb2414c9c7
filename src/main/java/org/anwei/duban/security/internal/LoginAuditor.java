package org.anwei.duban.security.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.security.LoginProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listens to Spring Security's login events: records every success and failure with the
 * address it came from, counts consecutive failures and locks the account when the limit
 * is reached.
 */
@Component
class LoginAuditor {

	private final AppUserRepository repository;

	private final AuditTrail auditTrail;

	private final LoginProperties properties;

	private final Clock clock;

	LoginAuditor(AppUserRepository repository, AuditTrail auditTrail, LoginProperties properties, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal)) {
			return;
		}
		this.repository.findById(principal.userId()).ifPresent(user -> {
			user.recordSuccessfulLogin(this.clock.instant());
			AccountLanguage.fromRequestCookie().ifPresent(user::setLanguage);
		});
		this.auditTrail.recordSecurityEvent("LOGIN_SUCCEEDED", principal.userId(), principal.getUsername(),
				remoteAddress(event.getAuthentication()), null);
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String username = String.valueOf(attempt.getPrincipal()).strip().toLowerCase(Locale.ROOT);
		Optional<AppUser> user = this.repository.findByUsername(username);
		Long userId = user.map(AppUser::getId).orElse(null);
		String address = remoteAddress(attempt);
		String reason = event.getException().getClass().getSimpleName();
		this.auditTrail.recordSecurityEvent("LOGIN_FAILED", userId, username, address, reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent && user.isPresent()
				&& !(event.getException() instanceof LockedException)) {
			boolean locked = user.get()
				.recordFailedLogin(this.properties.maxFailedAttempts(), this.properties.lockDuration(),
						this.clock.instant());
			if (locked) {
				this.auditTrail.recordSecurityEvent("ACCOUNT_LOCKED", userId, username, address,
						this.properties.lockDuration().toMinutes() + " min");
			}
		}
	}

	private static @Nullable String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
