package org.anwei.duban.directive;

import java.util.Locale;

/** 牵头 (lead: answers for the work) or 配合 (assisting). */
public enum AssignmentRole {

	LEAD, ASSIST;

	public String labelKey() {
		return "directive.role." + name().toLowerCase(Locale.ROOT);
	}

}
