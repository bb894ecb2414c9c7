package org.anwei.duban.accountability;

import java.util.Locale;

/**
 * 约谈 (interview), 通报批评 (circulated criticism), 问责 (formal accountability), 表扬
 * (commendation).
 */
public enum AccountabilityKind {

	INTERVIEW, CRITICISM, ACCOUNTABILITY, COMMENDATION;

	/** An accountability action, as opposed to a commendation. */
	public boolean isAction() {
		return this != COMMENDATION;
	}

	public String labelKey() {
		return "accountability.kind." + name().toLowerCase(Locale.ROOT);
	}

}
