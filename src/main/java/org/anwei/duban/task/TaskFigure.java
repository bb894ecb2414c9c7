package org.anwei.duban.task;

import java.util.Locale;

/**
 * The dashboard's task figures, each a set of tasks that the figure counts and the
 * drill-down lists. Each task counts for its lead department (牵头单位). For a period:
 * <ul>
 * <li>{@code ISSUED}: issued in the period;</li>
 * <li>{@code OPEN_AT_END}: issued before the period ended, neither cancelled nor done by
 * then (in progress);</li>
 * <li>{@code COMPLETED}: accepted as done in the period;</li>
 * <li>{@code ON_TIME}: due in the period (current deadline, so an approved extension
 * counts) and done on or before the deadline;</li>
 * <li>{@code OVERDUE}: due in the period, deadline passed, not cancelled, and not done by
 * the deadline (still open or done late). The on-time rate is ON_TIME / (ON_TIME +
 * OVERDUE): tasks not yet due do not count;</li>
 * <li>{@code EXTENDED}, {@code RETURNED}, {@code URGED}: worked on in the period (issued
 * before its end, not cancelled, not done before its start) and extended / returned /
 * urged at least once; their figure is the number of extensions / returns / urges.</li>
 * </ul>
 * Now, whatever the period: {@code RED}, {@code YELLOW}, {@code GREEN} (the open tasks'
 * lights) and {@code STALE} (open, nothing reported or changed for the configured days).
 */
public enum TaskFigure {

	ISSUED, OPEN_AT_END, COMPLETED, ON_TIME, OVERDUE, EXTENDED, RETURNED, URGED, RED, YELLOW, GREEN, STALE;

	/** Whether the figure is the state now rather than a count for a period. */
	public boolean isCurrent() {
		return this == RED || this == YELLOW || this == GREEN || this == STALE;
	}

	public String labelKey() {
		return "task.figure." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
