package org.anwei.duban.dashboard;

import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.HazardFilter;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard counts: a period (compared with the one before it), and optionally
 * one meeting, department, category (of tasks; the industry of hazards) and district
 * (hazards only: tasks have no district). Null means any; the caller's scope always
 * applies.
 */
public record DashboardFilter(ReportingPeriod period, @Nullable Long meetingId, @Nullable Long departmentId,
		@Nullable DirectiveCategory category, @Nullable String district) {

	public static DashboardFilter of(ReportingPeriod period) {
		return new DashboardFilter(period, null, null, null, null);
	}

	/**
	 * The ledger filter for the hazards in scope: the department (responsible or
	 * supervising), the district, the category as industry; open ones only if asked.
	 */
	public HazardFilter hazards(boolean openOnly) {
		return new HazardFilter(null, null, null, this.departmentId, this.district, this.category, null, false, false,
				null, null, openOnly);
	}

}
