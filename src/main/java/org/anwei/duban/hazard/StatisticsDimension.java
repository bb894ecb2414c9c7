package org.anwei.duban.hazard;

import java.util.Locale;

/** What hazard figures are broken down by, and the ledger filter each key drills into. */
public enum StatisticsDimension {

	/** The responsible department (the ledger's {@code department} filter, by code). */
	DEPARTMENT("responsibleDepartmentId", "department"),
	/** District or county. */
	DISTRICT("district", "district"),
	/** Industry, from the taxonomy shared with directive categories. */
	INDUSTRY("industry", "industry"),
	/** 一般 or 重大. */
	LEVEL("level", "level");

	private final String attribute;

	private final String urlParameter;

	StatisticsDimension(String attribute, String urlParameter) {
		this.attribute = attribute;
		this.urlParameter = urlParameter;
	}

	String attribute() {
		return this.attribute;
	}

	/** The ledger's URL parameter that filters by this dimension. */
	public String urlParameter() {
		return this.urlParameter;
	}

	public String labelKey() {
		return "hazard.stats.by." + name().toLowerCase(Locale.ROOT);
	}

}
