package org.anwei.duban.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A kind of supervised record, implemented by the module that owns it (tasks, hazards).
 * Every method runs inside the supervision service's transaction and under its security
 * check; visibility to the current user is the owner's rule.
 */
public interface SupervisedItems {

	/**
	 * The kind's name in notices and the audit log, as in {@code TASK}; at most 16
	 * letters.
	 */
	String type();

	/**
	 * The first part of the reminder keys: {@code <prefix>.soon.title},
	 * {@code .today.title}, {@code .overdue.title} and {@code .body}, with the title,
	 * deadline and days overdue.
	 */
	String reminderKeys();

	/**
	 * Work to do before the daily reminders, such as issuing recurring tasks that came
	 * due.
	 */
	default void beforeDailyRun(LocalDate today) {
	}

	/** Open items from their first reminder day on, oldest deadline first. */
	List<? extends SupervisedItem> dueForReminder(LocalDate today);

	/** The item if the current user may see it; otherwise a {@code NotFoundException}. */
	SupervisedItem visible(long id);

	/**
	 * Records an urge on the item, checking its version (a
	 * {@code ConcurrentEditException} when stale) and that it is still open (a
	 * {@code ValidationException}).
	 */
	SupervisedItem urge(long id, long version, Instant now);

}
