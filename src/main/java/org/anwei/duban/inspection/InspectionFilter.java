package org.anwei.duban.inspection;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The inspection list's filters; null means any.
 *
 * @param text words in the title, team or sites
 */
public record InspectionFilter(@Nullable String text, @Nullable InspectionKind kind, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public static InspectionFilter none() {
		return new InspectionFilter(null, null, null, null);
	}

}
