package org.anwei.duban.security;

import org.anwei.duban.base.security.Role;
import org.jspecify.annotations.Nullable;

/** Filter of the user list; {@code text} matches username, name, phone or email. */
public record UserFilter(@Nullable String text, @Nullable Long departmentId, @Nullable Role role, boolean enabledOnly) {

	public static UserFilter all() {
		return new UserFilter(null, null, null, false);
	}

}
