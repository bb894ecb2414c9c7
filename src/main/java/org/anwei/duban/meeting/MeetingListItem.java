package org.anwei.duban.meeting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of the meeting list, built by a query. */
public record MeetingListItem(long id, String title, LocalDate date, MeetingLevel level, MeetingKind kind,
		@Nullable String chair, MeetingStatus status) {
}
