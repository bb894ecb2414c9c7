package org.anwei.duban.hazard;

import java.util.Locale;

/** The four causes a hazard is classed under. */
public enum HazardType {

	/** 人的不安全行为 */
	PERSON,
	/** 物的不安全状态 */
	THING,
	/** 管理缺陷 */
	MANAGEMENT,
	/** 环境因素 */
	ENVIRONMENT;

	public String labelKey() {
		return "hazard.type." + name().toLowerCase(Locale.ROOT);
	}

}
