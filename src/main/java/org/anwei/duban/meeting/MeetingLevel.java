package org.anwei.duban.meeting;

import java.util.Locale;

/** The level of government or organisation that held the meeting (国家/省/市/县/单位). */
public enum MeetingLevel {

	NATIONAL, PROVINCE, CITY, COUNTY, UNIT;

	public String labelKey() {
		return "meeting.level." + name().toLowerCase(Locale.ROOT);
	}

}
