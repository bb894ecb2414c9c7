package org.anwei.duban.security;

import java.util.Set;

import org.anwei.duban.base.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a user. A liaison (DEPT) must belong to a department; the
 * overseen departments matter only for leaders: all of them when {@code overseesAll} is
 * chosen, otherwise the listed ones, and none when the list is empty (so clearing the
 * list revokes access); only a department user can be the head of their department
 * (部门负责人).
 */
public record UserCommand(String username, String displayName, @Nullable Long departmentId, Set<Role> roles,
		Set<Long> overseenDepartmentIds, @Nullable String phone, @Nullable String email, boolean departmentHead,
		boolean overseesAll) {

	public UserCommand {
		roles = Set.copyOf(roles);
		overseenDepartmentIds = Set.copyOf(overseenDepartmentIds);
	}

	/** An account that does not oversee all departments. */
	public UserCommand(String username, String displayName, @Nullable Long departmentId, Set<Role> roles,
			Set<Long> overseenDepartmentIds, @Nullable String phone, @Nullable String email, boolean departmentHead) {
		this(username, displayName, departmentId, roles, overseenDepartmentIds, phone, email, departmentHead, false);
	}

	/** An account that does not head a department. */
	public UserCommand(String username, String displayName, @Nullable Long departmentId, Set<Role> roles,
			Set<Long> overseenDepartmentIds, @Nullable String phone, @Nullable String email) {
		this(username, displayName, departmentId, roles, overseenDepartmentIds, phone, email, false);
	}

}
