package org.anwei.duban.accountability;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An entry of the accountability register. */
public record AccountabilityItem(long id, AccountabilityKind kind, LocalDate date, long departmentId,
		String departmentName, String persons, String summary, String decidedBy, List<Long> taskIds,
		List<String> hazardNumbers, @Nullable String documentName) {

	public AccountabilityItem {
		taskIds = List.copyOf(taskIds);
		hazardNumbers = List.copyOf(hazardNumbers);
	}

}
