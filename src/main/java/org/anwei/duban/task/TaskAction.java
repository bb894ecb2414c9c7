package org.anwei.duban.task;

import java.util.Locale;

/** What moves a task from one status to the next (see {@link TaskLifecycle}). */
public enum TaskAction {

	/** The lead department signs for the task (签收). */
	SIGN,
	/** The lead department submits its completion report (报送办结). */
	SUBMIT,
	/** Staff accept the completion report (审核通过, 办结). */
	ACCEPT,
	/** Staff return it for more work, with a reason (退回). */
	RETURN,
	/** Staff cancel it, with a reason (撤销). */
	CANCEL;

	public String labelKey() {
		return "task.action." + name().toLowerCase(Locale.ROOT);
	}

}
