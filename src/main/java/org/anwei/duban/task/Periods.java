package org.anwei.duban.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.anwei.duban.directive.Recurrence;

/**
 * The periods of a recurrence: weeks end on Friday (the last working day), months,
 * quarters, half-years and years on their last day. Occurrence n (0-based) of a series
 * falls in the n-th period from the one containing its start.
 */
public final class Periods {

	private Periods() {
	}

	public static LocalDate periodStart(Recurrence recurrence, LocalDate day) {
		return switch (recurrence) {
			case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTHLY -> day.withDayOfMonth(1);
			case QUARTERLY -> day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
			case HALF_YEARLY -> day.withMonth(day.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
			case YEARLY -> day.withDayOfYear(1);
		};
	}

	/** The due date of the period containing {@code day}. */
	public static LocalDate periodEnd(Recurrence recurrence, LocalDate day) {
		LocalDate start = periodStart(recurrence, day);
		return switch (recurrence) {
			case WEEKLY -> start.plusDays(4);
			case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
			case QUARTERLY -> start.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
			case HALF_YEARLY -> start.plusMonths(5).with(TemporalAdjusters.lastDayOfMonth());
			case YEARLY -> start.with(TemporalAdjusters.lastDayOfYear());
		};
	}

	/** The first day of occurrence {@code n} of a series starting on {@code start}. */
	public static LocalDate occurrenceStart(Recurrence recurrence, LocalDate start, int n) {
		LocalDate first = periodStart(recurrence, start);
		return switch (recurrence) {
			case WEEKLY -> first.plusWeeks(n);
			case MONTHLY -> first.plusMonths(n);
			case QUARTERLY -> first.plusMonths(3L * n);
			case HALF_YEARLY -> first.plusMonths(6L * n);
			case YEARLY -> first.plusYears(n);
		};
	}

}
