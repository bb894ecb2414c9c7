package org.anwei.duban.dashboard.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.anwei.duban.base.ReportingPeriod;

/** The periods a leader picks most: this month, last month, this quarter, this year. */
enum PeriodPreset {

	THIS_MONTH, LAST_MONTH, THIS_QUARTER, THIS_YEAR, CUSTOM;

	/** The period for the day; CUSTOM has none of its own. */
	ReportingPeriod period(LocalDate today) {
		YearMonth month = YearMonth.from(today);
		return switch (this) {
			case THIS_MONTH, CUSTOM -> ReportingPeriod.of(month);
			case LAST_MONTH -> ReportingPeriod.of(month.minusMonths(1));
			case THIS_QUARTER -> {
				YearMonth first = YearMonth.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1);
				yield new ReportingPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
			}
			case THIS_YEAR -> new ReportingPeriod(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
		};
	}

	String labelKey() {
		return "dashboard.period." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
