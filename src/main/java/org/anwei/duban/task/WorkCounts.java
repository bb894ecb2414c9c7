package org.anwei.duban.task;

/**
 * How many tasks wait for the user, each counted in the database within the user's scope
 * (see {@link TaskQueries#workCounts}). Counts that do not apply to the user's roles are
 * zero.
 *
 * @param toSign open tasks in which the liaison's department has not signed its part
 * @param open tasks not yet done or cancelled
 * @param dueSoon open tasks in their yellow days before the deadline
 * @param overdue open tasks past their deadline
 * @param toReview completion reports waiting for staff
 * @param extensionsToDecide extension requests waiting for staff
 * @param completedThisMonth tasks accepted as done since the first of this month
 */
public record WorkCounts(long toSign, long open, long dueSoon, long overdue, long toReview, long extensionsToDecide,
		long completedThisMonth) {

}
