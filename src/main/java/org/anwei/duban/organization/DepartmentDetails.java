package org.anwei.duban.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A department with everything a form shows, including the version the edit is based on.
 */
public record DepartmentDetails(long id, long version, String code, String name, @Nullable String shortName,
		DepartmentType type, @Nullable Long parentId, @Nullable String parentName, List<String> aliases,
		@Nullable String contactPerson, @Nullable String contactPhone, boolean active) {

	public DepartmentCommand toCommand() {
		return new DepartmentCommand(this.code, this.name, this.shortName, this.type, this.parentId, this.aliases,
				this.contactPerson, this.contactPhone);
	}

}
