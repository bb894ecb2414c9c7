package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.Set;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a new task needs: from an issued directive, or typed by staff (then
 * {@code directiveId} and {@code meetingId} are null).
 */
public record TaskDraft(String title, String content, @Nullable Long directiveId, @Nullable Long meetingId,
		DirectiveCategory category, Urgency urgency, long leadDepartmentId, Set<Long> assistingDepartmentIds,
		LocalDate deadline) {

	public TaskDraft {
		assistingDepartmentIds = Set.copyOf(assistingDepartmentIds);
	}

}
