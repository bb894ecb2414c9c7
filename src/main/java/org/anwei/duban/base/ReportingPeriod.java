package org.anwei.duban.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A span of calendar days in the committee's time zone, both ends included: the period a
 * dashboard, ranking or monthly report counts.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

	public ReportingPeriod {
		if (to.isBefore(from)) {
			throw ValidationException.of("dashboard.period", "validation.period.order");
		}
	}

	public static ReportingPeriod of(YearMonth month) {
		return new ReportingPeriod(month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * The period to compare with: the same number of whole months just before when the
	 * period is whole months (last month for a month, last quarter for a quarter, last
	 * year for a year), else the same number of days just before.
	 */
	public ReportingPeriod previous() {
		if (this.from.getDayOfMonth() == 1 && this.to.equals(YearMonth.from(this.to).atEndOfMonth())) {
			long months = ChronoUnit.MONTHS.between(YearMonth.from(this.from), YearMonth.from(this.to)) + 1;
			YearMonth first = YearMonth.from(this.from).minusMonths(months);
			return new ReportingPeriod(first.atDay(1), YearMonth.from(this.from).minusMonths(1).atEndOfMonth());
		}
		long days = ChronoUnit.DAYS.between(this.from, this.to) + 1;
		return new ReportingPeriod(this.from.minusDays(days), this.from.minusDays(1));
	}

	/** The first instant of the period in the zone. */
	public Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/** The first instant after the period in the zone. */
	public Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
