package org.anwei.duban.meeting;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What staff enter for a meeting. */
public record MeetingCommand(String title, @Nullable LocalDate date, @Nullable MeetingLevel level,
		@Nullable MeetingKind kind, @Nullable String chair, Set<Long> attendingDepartmentIds, @Nullable String notes) {

	public MeetingCommand {
		attendingDepartmentIds = Set.copyOf(attendingDepartmentIds);
	}

}
