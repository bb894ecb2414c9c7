package org.anwei.duban.task;

import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * Task list filters; null means "any". The deadline range applies to the current
 * deadline.
 */
public record TaskFilter(@Nullable String text, @Nullable TaskStatus status, @Nullable StatusLight light,
		@Nullable Long departmentId, @Nullable Long meetingId, @Nullable DirectiveCategory category,
		@Nullable LocalDate deadlineFrom, @Nullable LocalDate deadlineTo) {

	public static TaskFilter none() {
		return new TaskFilter(null, null, null, null, null, null, null, null);
	}

}
