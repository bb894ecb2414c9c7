package org.anwei.duban.task;

import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * Task list filters; null means "any". The deadline range applies to the current
 * deadline. With a dashboard figure the department (and a leader's scope) is the lead
 * department, as the figure counted it; otherwise any department with a part.
 */
public record TaskFilter(@Nullable String text, @Nullable TaskStatus status, @Nullable StatusLight light,
		@Nullable Long departmentId, @Nullable Long meetingId, @Nullable DirectiveCategory category,
		@Nullable LocalDate deadlineFrom, @Nullable LocalDate deadlineTo, @Nullable FigureFilter figure) {

	public TaskFilter(@Nullable String text, @Nullable TaskStatus status, @Nullable StatusLight light,
			@Nullable Long departmentId, @Nullable Long meetingId, @Nullable DirectiveCategory category,
			@Nullable LocalDate deadlineFrom, @Nullable LocalDate deadlineTo) {
		this(text, status, light, departmentId, meetingId, category, deadlineFrom, deadlineTo, null);
	}

	public static TaskFilter none() {
		return new TaskFilter(null, null, null, null, null, null, null, null);
	}

	/**
	 * The dashboard's scope: one lead department, meeting and category, any of them null.
	 */
	public static TaskFilter scope(@Nullable Long departmentId, @Nullable Long meetingId,
			@Nullable DirectiveCategory category) {
		return new TaskFilter(null, null, null, departmentId, meetingId, category, null, null);
	}

	/** This filter narrowed to the tasks a dashboard figure counts. */
	public TaskFilter with(@Nullable FigureFilter figure) {
		return new TaskFilter(this.text, this.status, this.light, this.departmentId, this.meetingId, this.category,
				this.deadlineFrom, this.deadlineTo, figure);
	}

}
