package org.anwei.duban.report;

import java.util.Locale;

/** A monthly report is drafted (and may be drafted again) until staff issue it. */
public enum ReportState {

	DRAFT, ISSUED;

	public String labelKey() {
		return "report.state." + name().toLowerCase(Locale.ROOT);
	}

}
