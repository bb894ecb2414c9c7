package org.anwei.duban.accountability;

import org.anwei.duban.evidence.Upload;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A new entry of the accountability register; the document is optional.
 *
 * @param taskIds the tasks it was decided for
 * @param hazardNumbers the hazards it was decided for, by number (YH-2026-000123)
 */
public record AccountabilityCommand(@Nullable AccountabilityKind kind, @Nullable LocalDate date,
		@Nullable Long departmentId, String persons, String summary, String decidedBy, Set<Long> taskIds,
		Set<String> hazardNumbers, @Nullable Upload document) {

	public AccountabilityCommand {
		taskIds = Set.copyOf(taskIds);
		hazardNumbers = Set.copyOf(hazardNumbers);
	}

}
