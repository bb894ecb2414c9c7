package org.anwei.duban.task;

import java.time.LocalDate;

/** How far a meeting's tasks have come: all of them, those done, those overdue now. */
public record MeetingTaskProgress(long meetingId, String title, LocalDate date, long tasks, long done, long red) {

	/** The share done, 0 to 1. */
	public double doneShare() {
		return this.tasks == 0 ? 0 : (double) this.done / this.tasks;
	}

}
