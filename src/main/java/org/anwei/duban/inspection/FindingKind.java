package org.anwei.duban.inspection;

import java.util.Locale;

/** What became of a finding: a hazard on the ledger, or a task for a department. */
public enum FindingKind {

	HAZARD, TASK;

	public String labelKey() {
		return "inspection.finding." + name().toLowerCase(Locale.ROOT);
	}

}
