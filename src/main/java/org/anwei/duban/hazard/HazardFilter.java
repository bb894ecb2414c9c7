package org.anwei.duban.hazard;

import java.time.LocalDate;

import org.anwei.duban.directive.DirectiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's filters; null means any. {@code overdue} keeps hazards past their time
 * limit and still to be rectified; {@code rebound} those linked to an earlier closed one;
 * {@code open} those not yet closed out (未销号), whatever their step.
 *
 * @param text words in the number, unit name, address or description
 */
public record HazardFilter(@Nullable String text, @Nullable HazardLevel level, @Nullable HazardStatus status,
		@Nullable Long departmentId, @Nullable String district, @Nullable DirectiveCategory industry,
		@Nullable HazardSource source, boolean overdue, boolean rebound, @Nullable LocalDate foundFrom,
		@Nullable LocalDate foundTo, boolean open) {

	/** Any hazard, open or closed out. */
	public HazardFilter(@Nullable String text, @Nullable HazardLevel level, @Nullable HazardStatus status,
			@Nullable Long departmentId, @Nullable String district, @Nullable DirectiveCategory industry,
			@Nullable HazardSource source, boolean overdue, boolean rebound, @Nullable LocalDate foundFrom,
			@Nullable LocalDate foundTo) {
		this(text, level, status, departmentId, district, industry, source, overdue, rebound, foundFrom, foundTo,
				false);
	}

	public static HazardFilter none() {
		return new HazardFilter(null, null, null, null, null, null, null, false, false, null, null, false);
	}

	/** The same filter for one district (a map's region, a table's row). */
	public HazardFilter inDistrict(String name) {
		return new HazardFilter(this.text, this.level, this.status, this.departmentId, name, this.industry, this.source,
				this.overdue, this.rebound, this.foundFrom, this.foundTo, this.open);
	}

}
