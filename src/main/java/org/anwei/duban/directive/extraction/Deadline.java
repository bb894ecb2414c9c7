package org.anwei.duban.directive.extraction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When a directive is due: a date, a recurrence ({@code WEEKLY}, {@code MONTHLY},
 * {@code QUARTERLY}, {@code YEARLY}), or both, with the words it came from.
 */
public record Deadline(@Nullable LocalDate date, @Nullable String recurrence, String phrase) {
}
