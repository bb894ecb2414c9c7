package org.anwei.duban;

import com.vaadin.flow.server.VaadinRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a demo user in for a test, exactly as the login would: the real account is loaded
 * from the database, so tests run with the user's real roles, department and oversight.
 */
@Component
public class TestUsers {

	public static final String ADMIN = "admin";

	public static final String STAFF = "anweiban";

	public static final String LEADER = "leader";

	public static final String MAYOR = "mayor";

	/** Liaison of 市应急管理局 (YJJ). */
	public static final String DEPT_YJJ = "yjj";

	/** Head of 市应急管理局 (YJJ): hears of escalations, not of the day-to-day. */
	public static final String HEAD_YJJ = "yjjz";

	/** Liaison of 市住房和城乡建设局 (ZJJ). */
	public static final String DEPT_ZJJ = "zjj";

	public static final String DEMO_PASSWORD = "Anwei@2026";

	private final UserDetailsService userDetailsService;

	TestUsers(UserDetailsService userDetailsService) {
		this.userDetailsService = userDetailsService;
	}

	public Authentication login(String username) {
		UserDetails user = this.userDetailsService.loadUserByUsername(username);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		// Karibu's fake request must carry the same principal: Vaadin's view access
		// control reads it there.
		VaadinRequest request = VaadinRequest.getCurrent();
		if (request instanceof VaadinServletRequest servletRequest
				&& servletRequest.getRequest() instanceof FakeRequest fake) {
			fake.setUserPrincipalInt(authentication);
			fake.setUserInRole((principal, role) -> authentication.getAuthorities()
				.stream()
				.anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
		}
		return authentication;
	}

	public static void logout() {
		SecurityContextHolder.clearContext();
	}

}
