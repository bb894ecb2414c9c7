package org.anwei.duban.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a user enters to create or change a department. Text is trimmed and checked by the
 * service; aliases are the other names the department is known by, including former
 * names.
 */
public record DepartmentCommand(String code, String name, @Nullable String shortName, @Nullable DepartmentType type,
		@Nullable Long parentId, List<String> aliases, @Nullable String contactPerson, @Nullable String contactPhone) {

	public DepartmentCommand {
		aliases = List.copyOf(aliases);
	}

}
