package org.anwei.duban.hazard;

import java.util.Locale;

/** What moves a hazard from one status to the next (see {@link HazardLifecycle}). */
public enum HazardAction {

	/** the responsible department starts rectifying (签收整改) */
	START,
	/** the department reports it rectified (整改完成, 申请验收) */
	SUBMIT,
	/** staff accept it and close it out (验收通过, 销号) */
	PASS,
	/** staff refuse acceptance with a reason; back to rectification (验收不通过) */
	FAIL;

	public String labelKey() {
		return "hazard.action." + name().toLowerCase(Locale.ROOT);
	}

}
