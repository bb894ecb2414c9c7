package org.anwei.duban.task;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record PartyDetails(long departmentId, String departmentName, PartyRole role, PartyState state,
		@Nullable Instant signedAt, @Nullable String signedBy) {
}
