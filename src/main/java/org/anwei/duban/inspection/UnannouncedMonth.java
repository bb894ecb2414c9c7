package org.anwei.duban.inspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the month's unannounced visits (暗访) found: each finding, and the counts per
 * department and per district (counted in the database).
 */
public record UnannouncedMonth(YearMonth month, List<Row> rows, List<Count> byDepartment, List<Count> byDistrict) {

	/** One finding of one visit. */
	public record Row(LocalDate inspectedOn, String inspection, String teamLeader, String site,
			@Nullable String district, String description, FindingKind kind, @Nullable String number,
			String departmentName, @Nullable String statusKey) {
	}

	/**
	 * Findings of a department or district.
	 *
	 * @param hazards of them registered as hazards
	 */
	public record Count(String name, long findings, long hazards) {
	}

}
