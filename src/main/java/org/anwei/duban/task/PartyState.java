package org.anwei.duban.task;

import java.util.Locale;

/**
 * A department's own progress on a task: 待签收, 办理中 (signed), 已反馈 (an assisting department
 * reported its part).
 */
public enum PartyState {

	PENDING, SIGNED, REPORTED;

	public String labelKey() {
		return "task.party-state." + name().toLowerCase(Locale.ROOT);
	}

}
