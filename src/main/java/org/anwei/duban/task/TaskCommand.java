package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.Set;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/** A task written by staff, not from a meeting. */
public record TaskCommand(String title, String content, @Nullable DirectiveCategory category, @Nullable Urgency urgency,
		@Nullable Long leadDepartmentId, Set<Long> assistingDepartmentIds, @Nullable LocalDate deadline) {

	public TaskCommand {
		assistingDepartmentIds = Set.copyOf(assistingDepartmentIds);
	}

}
