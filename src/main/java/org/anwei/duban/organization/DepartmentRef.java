package org.anwei.duban.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A department as other modules know it: enough to show its name, pick it in a form and
 * recognise it by any of its names in text.
 */
public record DepartmentRef(long id, String code, String name, @Nullable String shortName, DepartmentType type,
		boolean active, List<String> aliases) {

	/** The name to show in compact places: the short name if there is one. */
	public String displayName() {
		return this.shortName == null || this.shortName.isBlank() ? this.name : this.shortName;
	}

}
