package org.anwei.duban.security;

import java.util.Set;

import org.anwei.duban.base.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a user. A liaison (DEPT) must belong to a department; the
 * overseen departments matter only for leaders (none means the leader sees all
 * departments).
 */
public record UserCommand(String username, String displayName, @Nullable Long departmentId, Set<Role> roles,
		Set<Long> overseenDepartmentIds, @Nullable String phone, @Nullable String email) {

	public UserCommand {
		roles = Set.copyOf(roles);
		overseenDepartmentIds = Set.copyOf(overseenDepartmentIds);
	}

}
