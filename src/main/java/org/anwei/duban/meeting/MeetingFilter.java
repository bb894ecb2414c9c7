package org.anwei.duban.meeting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filter of the meeting list; every part optional. {@code text} matches title and chair.
 */
public record MeetingFilter(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable MeetingLevel level, @Nullable MeetingKind kind, @Nullable MeetingStatus status) {

	public static MeetingFilter all() {
		return new MeetingFilter(null, null, null, null, null, null);
	}

}
