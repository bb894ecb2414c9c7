package org.anwei.duban.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records every logout with the address it came from. */
@Component
public class LogoutAuditor implements LogoutHandler {

	private final AuditTrail auditTrail;

	LogoutAuditor(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
			this.auditTrail.recordSecurityEvent("LOGOUT", principal.userId(), principal.getUsername(),
					request.getRemoteAddr(), null);
		}
	}

}
