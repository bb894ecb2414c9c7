package org.anwei.duban.security;

import java.time.Instant;
import java.util.Set;

import org.anwei.duban.base.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A row of the user list. Department names and roles are added for the whole page at
 * once.
 */
public record UserListItem(long id, String username, String displayName, @Nullable Long departmentId,
		@Nullable String departmentName, Set<Role> roles, @Nullable String phone, @Nullable String email,
		boolean enabled, @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt, boolean departmentHead) {

	/** Used by the list query. */
	public UserListItem(long id, String username, String displayName, @Nullable Long departmentId,
			@Nullable String phone, @Nullable String email, boolean enabled, @Nullable Instant lockedUntil,
			@Nullable Instant lastLoginAt, boolean departmentHead) {
		this(id, username, displayName, departmentId, null, Set.of(), phone, email, enabled, lockedUntil, lastLoginAt,
				departmentHead);
	}

	public UserListItem with(@Nullable String newDepartmentName, Set<Role> newRoles) {
		return new UserListItem(this.id, this.username, this.displayName, this.departmentId, newDepartmentName,
				Set.copyOf(newRoles), this.phone, this.email, this.enabled, this.lockedUntil, this.lastLoginAt,
				this.departmentHead);
	}

}
