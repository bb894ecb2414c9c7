package org.anwei.duban.task;

import java.time.LocalDate;

import org.anwei.duban.directive.Recurrence;
import org.jspecify.annotations.Nullable;

/**
 * A recurring task written by staff: what each occurrence is (the {@code task}'s deadline
 * is ignored: each occurrence is due at the end of its period), how often, from when, and
 * until a date or a number of occurrences (or until stopped).
 */
public record SeriesCommand(TaskCommand task, @Nullable Recurrence recurrence, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable Integer maxOccurrences) {
}
