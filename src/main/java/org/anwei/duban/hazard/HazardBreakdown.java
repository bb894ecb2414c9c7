package org.anwei.duban.hazard;

import java.util.Map;

/**
 * Hazard figures in total (each hazard once) and per department (responsible or
 * supervising, so a hazard may count for two departments).
 */
public record HazardBreakdown(HazardFigures total, Map<Long, HazardFigures> byDepartment) {

	public HazardBreakdown {
		byDepartment = Map.copyOf(byDepartment);
	}

}
