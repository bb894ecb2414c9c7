package org.anwei.duban.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What staff set on a directive.
 *
 * @param title the task title; blank to take the first clause of the text
 * @param unmappedMentions words of the text not (yet) mapped to a department, kept as a
 * reminder; the list the dialog shows, minus those staff dropped
 */
public record DirectiveCommand(@Nullable String title, String text, @Nullable Long leadDepartmentId,
		Set<Long> assistingDepartmentIds, List<String> unmappedMentions, @Nullable LocalDate deadlineDate,
		@Nullable Recurrence recurrence, Set<DirectiveCategory> categories) {

	public DirectiveCommand {
		assistingDepartmentIds = Set.copyOf(assistingDepartmentIds);
		unmappedMentions = List.copyOf(unmappedMentions);
		categories = Set.copyOf(categories);
	}

}
