package org.anwei.duban.base.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling. Services use it for department scoping and for recording who changed
 * what; views use it only to decide what to show (the services still check).
 */
@Component
public class CurrentUser {

	public Optional<AppUserPrincipal> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public AppUserPrincipal require() {
		return get().orElseThrow(() -> new IllegalStateException("No authenticated user"));
	}

	/** Staff and admins see all departments' data; everyone else is scoped. */
	public boolean seesAllDepartments() {
		return get()
			.map(p -> p.hasRole(Role.ADMIN) || p.hasRole(Role.STAFF) || (p.hasRole(Role.LEADER) && p.overseesAll()))
			.orElse(false);
	}

	/**
	 * The departments whose records the caller reads, or null for all: staff, admins and
	 * leaders who oversee all; otherwise a leader's overseen departments (none when none
	 * are) or a liaison's own department.
	 */
	public java.util.@org.jspecify.annotations.Nullable Set<Long> visibleDepartmentIds() {
		if (seesAllDepartments()) {
			return null;
		}
		AppUserPrincipal user = require();
		if (user.hasRole(Role.LEADER)) {
			return user.overseenDepartmentIds();
		}
		return user.departmentId() == null ? java.util.Set.of() : java.util.Set.of(user.departmentId());
	}

	/**
	 * Whether the caller may read the data of the given department: staff and admins
	 * always; a liaison only their own department; a leader all departments when chosen
	 * so, otherwise only those overseen (none when none are).
	 */
	public boolean mayRead(long departmentId) {
		return get().map(p -> p.hasRole(Role.ADMIN) || p.hasRole(Role.STAFF)
				|| (p.hasRole(Role.DEPT) && p.departmentId() != null && p.departmentId() == departmentId)
				|| (p.hasRole(Role.LEADER) && (p.overseesAll() || p.overseenDepartmentIds().contains(departmentId))))
			.orElse(false);
	}

}
