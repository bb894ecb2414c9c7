package org.anwei.duban.hazard;

import org.anwei.duban.task.TaskAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a hazard on when its rectification task is accepted, in the same transaction, so
 * the two never disagree.
 */
@Component
class HazardTaskLink {

	private final HazardService hazards;

	HazardTaskLink(HazardService hazards) {
		this.hazards = hazards;
	}

	@EventListener
	void on(TaskAccepted event) {
		this.hazards.taskAccepted(event.taskId());
	}

}
