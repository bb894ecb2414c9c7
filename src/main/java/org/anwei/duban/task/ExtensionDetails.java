package org.anwei.duban.task;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record ExtensionDetails(long id, long version, long taskId, String reason, LocalDate proposedDeadline,
		ExtensionState state, Instant requestedAt, String requestedBy, @Nullable Instant decidedAt,
		@Nullable String decidedBy, @Nullable String decisionComment) {
}
