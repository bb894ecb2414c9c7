package org.anwei.duban.base.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Scheduled jobs act as the user "system" with the staff role, so the same secured
 * services serve them and the audit trail names who acted.
 */
public final class SystemUser {

	public static final String USERNAME = "system";

	private SystemUser() {
	}

	public static <T> T call(Supplier<T> work) {
		return call(Set.of(Role.STAFF), work);
	}

	/**
	 * Installation steps that set up what an administrator otherwise would (the demo
	 * profile's jurisdiction map), as "system" with the administrator role.
	 */
	public static <T> T callAsAdministrator(Supplier<T> work) {
		return call(Set.of(Role.ADMIN), work);
	}

	/**
	 * The demo's history of department work (signing, reporting), as "system" acting for
	 * the department with the liaison role.
	 */
	public static <T> T callForDepartment(long departmentId, Supplier<T> work) {
		return call(Set.of(Role.DEPT), departmentId, work);
	}

	private static <T> T call(Set<Role> roles, Supplier<T> work) {
		return call(roles, null, work);
	}

	private static <T> T call(Set<Role> roles, @org.jspecify.annotations.Nullable Long departmentId, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		AppUserPrincipal system = new AppUserPrincipal(0, USERNAME, "系统", departmentId, roles, Set.of(), false, null,
				true, true, false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
