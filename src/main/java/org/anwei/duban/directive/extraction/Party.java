package org.anwei.duban.directive.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A responsible party found at {@code [start, end)} of the prepared text.
 * {@code completion} is its name when the words alone are not one (公安 of 公安、交通部门 → 公安部门);
 * a {@code roleOnly} party is a role within the parties (主要领导, 负责人), not a unit.
 */
record Party(int start, int end, @Nullable String completion, DepartmentMention.Role role, boolean roleOnly) {

	Party withRole(DepartmentMention.Role newRole) {
		return new Party(this.start, this.end, this.completion, newRole, this.roleOnly);
	}

}
