package org.anwei.duban.hazard;

import java.util.Locale;

/**
 * 一般隐患 or 重大隐患; a major one needs all of 五落实 and may be listed for supervision (挂牌督办).
 */
public enum HazardLevel {

	/** 一般隐患 */
	GENERAL,
	/** 重大隐患 */
	MAJOR;

	public String labelKey() {
		return "hazard.level." + name().toLowerCase(Locale.ROOT);
	}

}
