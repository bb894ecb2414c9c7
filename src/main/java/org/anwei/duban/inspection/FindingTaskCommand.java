package org.anwei.duban.inspection;

import java.time.LocalDate;

import org.anwei.duban.task.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A finding handed to a department as a task (for problems that are not one hazard at one
 * unit: a missing regime, a district-wide campaign, a document to revise).
 */
public record FindingTaskCommand(String site, String description, @Nullable Long departmentId,
		@Nullable LocalDate deadline, @Nullable Urgency urgency) {

	public FindingTaskCommand {
		site = site == null ? "" : site;
		description = description == null ? "" : description;
	}

}
