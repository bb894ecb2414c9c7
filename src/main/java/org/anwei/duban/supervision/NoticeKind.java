package org.anwei.duban.supervision;

import java.util.Locale;

/** 督办通知单 (escalation of overdue work) or 催办通知单 (staff urging by hand). */
public enum NoticeKind {

	SUPERVISE("督"), URGE("催");

	private final String numberWord;

	NoticeKind(String numberWord) {
		this.numberWord = numberWord;
	}

	/** The word in the document number, as in 安委办督〔2026〕12号. */
	public String numberWord() {
		return this.numberWord;
	}

	public String labelKey() {
		return "task.notice." + name().toLowerCase(Locale.ROOT);
	}

}
