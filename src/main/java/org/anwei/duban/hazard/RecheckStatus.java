package org.anwei.duban.hazard;

/** Where a re-inspection (回头看) item stands. */
public enum RecheckStatus {

	/** Drawn; the owner has yet to look again. */
	PENDING,
	/** Looked at again: the rectification held. */
	HELD,
	/** Looked at again: the problem is back, and a new hazard was registered for it. */
	REBOUND;

	public String key() {
		return "recheck.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
