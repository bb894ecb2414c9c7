package org.anwei.duban.task;

import org.jspecify.annotations.Nullable;

/**
 * One department's (or a scope's) task figures for a period; see {@link TaskFigure} for
 * what each counts.
 *
 * @param completionHours hours from issue to acceptance, summed over the completed tasks
 * @param extensions approved extensions of the tasks worked on in the period
 * @param returns completion reports sent back, of the tasks worked on in the period
 * @param urges urges (催办) of the tasks worked on in the period
 */
public record PeriodTaskFigures(long issued, long openAtEnd, long completed, long completionHours, long onTime,
		long overdue, long extensions, long returns, long urges) {

	public static final PeriodTaskFigures NONE = new PeriodTaskFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

	/**
	 * 按期办结率: of the tasks due in the period whose outcome is known (done, or past the
	 * deadline), the share done by the deadline; none when no such task.
	 */
	public @Nullable Double onTimeRate() {
		long decided = this.onTime + this.overdue;
		return decided == 0 ? null : (double) this.onTime / decided;
	}

	/** Average days from issue to acceptance of the tasks completed; none without any. */
	public @Nullable Double averageDaysToComplete() {
		return this.completed == 0 ? null : this.completionHours / 24.0 / this.completed;
	}

	public PeriodTaskFigures plus(PeriodTaskFigures other) {
		return new PeriodTaskFigures(this.issued + other.issued, this.openAtEnd + other.openAtEnd,
				this.completed + other.completed, this.completionHours + other.completionHours,
				this.onTime + other.onTime, this.overdue + other.overdue, this.extensions + other.extensions,
				this.returns + other.returns, this.urges + other.urges);
	}

	/** The figure's value here ({@code null} for one that is not a period count). */
	public @Nullable Long of(TaskFigure figure) {
		return switch (figure) {
			case ISSUED -> this.issued;
			case OPEN_AT_END -> this.openAtEnd;
			case COMPLETED -> this.completed;
			case ON_TIME -> this.onTime;
			case OVERDUE -> this.overdue;
			case EXTENDED -> this.extensions;
			case RETURNED -> this.returns;
			case URGED -> this.urges;
			case RED, YELLOW, GREEN, STALE -> null;
		};
	}

}
