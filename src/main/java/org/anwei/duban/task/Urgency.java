package org.anwei.duban.task;

import java.util.Locale;

/** 特急 (urgent), 加急 (expedited), 普通 (normal). */
public enum Urgency {

	URGENT, EXPEDITED, NORMAL;

	public String labelKey() {
		return "task.urgency." + name().toLowerCase(Locale.ROOT);
	}

}
