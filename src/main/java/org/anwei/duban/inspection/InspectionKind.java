package org.anwei.duban.inspection;

import java.util.Locale;

import org.anwei.duban.hazard.HazardSource;

/** Kinds of inspection, and the source a hazard found by each is registered with. */
public enum InspectionKind {

	/** 检查: a routine inspection. */
	ROUTINE(HazardSource.INSPECTION),
	/** 暗访督查: unannounced, without notice to the unit. */
	UNANNOUNCED(HazardSource.UNANNOUNCED),
	/** 专项检查: one field or one kind of risk. */
	SPECIAL(HazardSource.INSPECTION),
	/** 联合检查: several departments together. */
	JOINT(HazardSource.INSPECTION),
	/** 上级督查: by a higher authority; what it finds is handed down. */
	SUPERIOR(HazardSource.ASSIGNED);

	private final HazardSource hazardSource;

	InspectionKind(HazardSource hazardSource) {
		this.hazardSource = hazardSource;
	}

	public HazardSource hazardSource() {
		return this.hazardSource;
	}

	public String labelKey() {
		return "inspection.kind." + name().toLowerCase(Locale.ROOT);
	}

}
