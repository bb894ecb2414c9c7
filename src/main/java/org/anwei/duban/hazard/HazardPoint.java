package org.anwei.duban.hazard;

/** A hazard with coordinates, as a map shows it. */
public record HazardPoint(long id, String number, String unitName, HazardLevel level, HazardStatus status,
		boolean overdue, double latitude, double longitude) {
}
