package org.anwei.duban.hazard.internal;

/**
 * A hazard's number: the prefix, the year and the year's sequence, as in
 * {@code YH-2026-000123}.
 */
public record HazardNumber(int year, int sequence, String text) {

	public static HazardNumber of(String prefix, int year, int sequence) {
		return new HazardNumber(year, sequence, "%s-%d-%06d".formatted(prefix, year, sequence));
	}

}
