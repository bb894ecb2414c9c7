package org.anwei.duban.organization;

import org.jspecify.annotations.Nullable;

/**
 * Filter of the department list. {@code text} matches code, name, short name or any
 * alias. {@code activeOnly} hides deactivated departments.
 */
public record DepartmentFilter(@Nullable String text, @Nullable DepartmentType type, boolean activeOnly) {

	public static DepartmentFilter all() {
		return new DepartmentFilter(null, null, false);
	}

}
