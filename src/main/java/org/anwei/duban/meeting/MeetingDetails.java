package org.anwei.duban.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A meeting with its documents (without their contents) and the version an edit is based
 * on.
 */
public record MeetingDetails(long id, long version, String title, LocalDate date, MeetingLevel level, MeetingKind kind,
		@Nullable String chair, Set<Long> attendingDepartmentIds, @Nullable String notes, MeetingStatus status,
		List<DocumentSummary> documents) {

	public MeetingDetails {
		attendingDepartmentIds = Set.copyOf(attendingDepartmentIds);
		documents = List.copyOf(documents);
	}

}
