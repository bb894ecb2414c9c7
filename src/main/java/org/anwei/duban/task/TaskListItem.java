package org.anwei.duban.task;

import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;

/**
 * A task as lists show it.
 *
 * @param stale nothing reported or changed for {@code anwei.task.stale-days} days
 */
public record TaskListItem(long id, String title, String leadDepartmentName, TaskStatus status, Urgency urgency,
		DirectiveCategory category, LocalDate originalDeadline, LocalDate currentDeadline, StatusLight light,
		boolean stale, int extensionCount) {
}
