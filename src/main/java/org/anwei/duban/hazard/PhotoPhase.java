package org.anwei.duban.hazard;

import java.util.Locale;

/** When a photo or document of a hazard was taken. */
public enum PhotoPhase {

	/** as found (整改前) */
	BEFORE,
	/** after rectification (整改后) */
	AFTER,
	/** at acceptance (验收) */
	ACCEPTANCE;

	public String labelKey() {
		return "hazard.photo." + name().toLowerCase(Locale.ROOT);
	}

}
