package org.anwei.duban.hazard;

import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's filters; null means any. {@code overdue} keeps hazards past their time
 * limit and still to be rectified; {@code rebound} those linked to an earlier closed one.
 *
 * @param text words in the number, unit name, address or description
 */
public record HazardFilter(@Nullable String text, @Nullable HazardLevel level, @Nullable HazardStatus status,
		@Nullable Long departmentId, @Nullable String district, @Nullable DirectiveCategory industry,
		@Nullable HazardSource source, boolean overdue, boolean rebound, @Nullable LocalDate foundFrom,
		@Nullable LocalDate foundTo) {

	public static HazardFilter none() {
		return new HazardFilter(null, null, null, null, null, null, null, false, false, null, null);
	}

}
