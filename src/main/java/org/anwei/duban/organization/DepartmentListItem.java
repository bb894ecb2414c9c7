package org.anwei.duban.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A row of the department list, built by a query (never an entity). */
public record DepartmentListItem(long id, String code, String name, @Nullable String shortName, DepartmentType type,
		@Nullable String parentName, @Nullable String contactPerson, @Nullable String contactPhone, boolean active,
		List<String> aliases) {

	/**
	 * Used by the list query; the aliases are loaded for the whole page at once
	 * afterwards.
	 */
	public DepartmentListItem(long id, String code, String name, @Nullable String shortName, DepartmentType type,
			@Nullable String parentName, @Nullable String contactPerson, @Nullable String contactPhone,
			boolean active) {
		this(id, code, name, shortName, type, parentName, contactPerson, contactPhone, active, List.of());
	}

	public DepartmentListItem withAliases(List<String> newAliases) {
		return new DepartmentListItem(this.id, this.code, this.name, this.shortName, this.type, this.parentName,
				this.contactPerson, this.contactPhone, this.active, newAliases);
	}

}
