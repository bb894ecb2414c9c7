package org.anwei.duban.task;

import java.util.Locale;

/**
 * 待签收 (issued, waiting for the lead department to sign) → 办理中 (signed, being done) → 待审核
 * (completion report submitted) → 已办结 (accepted by staff); 已撤销 (cancelled).
 */
public enum TaskStatus {

	ISSUED, IN_PROGRESS, SUBMITTED, DONE, CANCELLED;

	public boolean isOpen() {
		return this != DONE && this != CANCELLED;
	}

	public String labelKey() {
		return "task.status." + name().toLowerCase(Locale.ROOT);
	}

}
