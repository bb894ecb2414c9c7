package org.anwei.duban.meeting;

import java.util.Locale;

/** 安委会全体会议, 专题会议, 电视电话会议, 调度会, 现场会, other. */
public enum MeetingKind {

	PLENARY, TOPICAL, TELECONFERENCE, DISPATCH, ON_SITE, OTHER;

	public String labelKey() {
		return "meeting.kind." + name().toLowerCase(Locale.ROOT);
	}

}
