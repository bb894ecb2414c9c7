package org.anwei.duban.security;

import java.time.Instant;
import java.util.Set;

import org.anwei.duban.base.security.Role;
import org.jspecify.annotations.Nullable;

/** A user account as the edit form shows it, with the version the edit is based on. */
public record UserAccount(long id, long version, String username, String displayName, @Nullable Long departmentId,
		Set<Role> roles, Set<Long> overseenDepartmentIds, @Nullable String phone, @Nullable String email,
		boolean departmentHead, boolean enabled, boolean mustChangePassword, @Nullable Instant lockedUntil,
		@Nullable Instant lastLoginAt, boolean overseesAll) {

	public UserCommand toCommand() {
		return new UserCommand(this.username, this.displayName, this.departmentId, this.roles,
				this.overseenDepartmentIds, this.phone, this.email, this.departmentHead, this.overseesAll);
	}

}
