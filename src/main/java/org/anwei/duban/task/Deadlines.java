package org.anwei.duban.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The day a task turns yellow: {@code yellowDays} before the deadline, or when
 * {@code yellowShare} of the time from issue to deadline has passed, whichever is
 * earlier. Stored with the task and recomputed when the deadline moves, so the light is a
 * plain date comparison in SQL.
 */
public final class Deadlines {

	private Deadlines() {
	}

	public static LocalDate yellowFrom(LocalDate issued, LocalDate deadline, TaskProperties properties) {
		LocalDate byDays = deadline.minusDays(properties.yellowDays());
		long span = Math.max(0, ChronoUnit.DAYS.between(issued, deadline));
		LocalDate byShare = issued.plusDays((long) Math.ceil(span * properties.yellowShare()));
		LocalDate earlier = byDays.isBefore(byShare) ? byDays : byShare;
		return earlier.isBefore(issued) ? issued : earlier;
	}

	/** The light of a task on a day. */
	public static StatusLight light(TaskStatus status, LocalDate deadline, LocalDate yellowFrom, LocalDate today) {
		if (!status.isOpen()) {
			return StatusLight.NONE;
		}
		if (today.isAfter(deadline)) {
			return StatusLight.RED;
		}
		return today.isBefore(yellowFrom) ? StatusLight.GREEN : StatusLight.YELLOW;
	}

}
