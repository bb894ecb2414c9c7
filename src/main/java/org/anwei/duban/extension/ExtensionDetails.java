package org.anwei.duban.extension;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An extension request and its decision.
 *
 * @param subjectType the kind of record, as its module names it ({@code TASK},
 * {@code HAZARD})
 * @param subjectId the record's id
 */
public record ExtensionDetails(long id, long version, String subjectType, long subjectId, String reason,
		LocalDate proposedDeadline, ExtensionState state, Instant requestedAt, String requestedBy,
		@Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String decisionComment) {
}
