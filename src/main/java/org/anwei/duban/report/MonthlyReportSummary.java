package org.anwei.duban.report;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** A monthly report as the list shows it, without its files. */
public record MonthlyReportSummary(long id, long version, YearMonth month, String documentNumber, ReportState state,
		Instant draftedAt, String draftedBy, @Nullable Instant issuedAt, @Nullable String issuedBy) {

	/** The JPQL constructor: the month as stored. */
	public MonthlyReportSummary(Long id, Long version, String month, String documentNumber, ReportState state,
			Instant draftedAt, String draftedBy, @Nullable Instant issuedAt, @Nullable String issuedBy) {
		this(id.longValue(), version.longValue(), YearMonth.parse(month), documentNumber, state, draftedAt, draftedBy,
				issuedAt, issuedBy);
	}

}
