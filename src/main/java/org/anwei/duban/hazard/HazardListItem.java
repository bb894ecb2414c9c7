package org.anwei.duban.hazard;

import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/** A row of the ledger, read by one SQL query per page. */
public record HazardListItem(long id, String number, LocalDate foundOn, String unitName, String district,
		DirectiveCategory industry, HazardLevel level, HazardStatus status, String responsibleDepartmentName,
		LocalDate timeLimit, boolean overdue, @Nullable Long reboundOfId) {
}
