package org.anwei.duban.supervision;

import java.util.Locale;

/** 督办 levels for overdue work, from blue (first notice) to red (most serious). */
public enum EscalationLevel {

	BLUE, YELLOW, RED;

	public String labelKey() {
		return "task.escalation." + name().toLowerCase(Locale.ROOT);
	}

}
