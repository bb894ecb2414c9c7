package org.anwei.duban.task;

import java.util.Locale;

/** 红黄绿灯 of an open task; NONE for one that is done or cancelled. */
public enum StatusLight {

	GREEN, YELLOW, RED, NONE;

	public String labelKey() {
		return "task.light." + name().toLowerCase(Locale.ROOT);
	}

}
