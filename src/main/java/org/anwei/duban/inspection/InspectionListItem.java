package org.anwei.duban.inspection;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An inspection as the list shows it, with how many sites and findings it has. */
public record InspectionListItem(long id, LocalDate inspectedOn, InspectionKind kind, String title, String teamLeader,
		@Nullable String district, long siteCount, long findingCount) {
}
