package org.anwei.duban.hazard;

import java.util.Locale;

/** How a hazard came to the ledger. */
public enum HazardSource {

	/** 检查 */
	INSPECTION,
	/** 暗访 */
	UNANNOUNCED,
	/** 举报 */
	REPORT,
	/** 自查 */
	SELF_CHECK,
	/** 上级交办 */
	ASSIGNED,
	/** 会议 */
	MEETING;

	public String labelKey() {
		return "hazard.source." + name().toLowerCase(Locale.ROOT);
	}

}
