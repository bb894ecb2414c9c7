package org.anwei.duban.hazard;

import java.util.Locale;

/** Where a hazard is in its lifecycle (see {@link HazardLifecycle}). */
public enum HazardStatus {

	/** 登记 */
	REGISTERED,
	/** 整改中 */
	RECTIFYING,
	/** 待验收 */
	AWAITING_ACCEPTANCE,
	/** 已销号 */
	CLOSED;

	/** Still on the books as a live hazard: not yet closed out. */
	public boolean isOpen() {
		return this != CLOSED;
	}

	/** Overdue counts while the department still has to act. */
	public boolean awaitsRectification() {
		return this == REGISTERED || this == RECTIFYING;
	}

	public String labelKey() {
		return "hazard.status." + name().toLowerCase(Locale.ROOT);
	}

}
