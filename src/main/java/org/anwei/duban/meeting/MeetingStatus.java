package org.anwei.duban.meeting;

import java.util.Locale;

/** 草稿 → 已分解 (requirements extracted and reviewed) → 已下发 (issued as tasks). */
public enum MeetingStatus {

	DRAFT, DECOMPOSED, ISSUED;

	public String labelKey() {
		return "meeting.status." + name().toLowerCase(Locale.ROOT);
	}

}
