package org.anwei.duban.hazard;

import java.util.Locale;

/** 挂牌督办 of a major hazard: by the province, the city or the county. */
public enum ListingLevel {

	/** 省级挂牌督办 */
	PROVINCE,
	/** 市级挂牌督办 */
	CITY,
	/** 县级挂牌督办 */
	COUNTY;

	public String labelKey() {
		return "hazard.listing." + name().toLowerCase(Locale.ROOT);
	}

}
