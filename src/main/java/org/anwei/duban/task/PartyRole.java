package org.anwei.duban.task;

import java.util.Locale;

/** 牵头 (lead) or 配合 (assisting). */
public enum PartyRole {

	LEAD, ASSIST;

	public String labelKey() {
		return "task.role." + name().toLowerCase(Locale.ROOT);
	}

}
