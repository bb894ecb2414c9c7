package org.anwei.duban.hazard;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One re-inspection item as the queue shows it. */
public record RecheckItem(long id, long version, long hazardId, String hazardNumber, String unitName, String district,
		HazardLevel level, @Nullable Instant closedAt, long ownerDepartmentId, String ownerDepartmentName,
		LocalDate sampledOn, LocalDate dueOn, boolean overdue, RecheckStatus status, @Nullable String finding,
		@Nullable String checkedBy, @Nullable Instant checkedAt, @Nullable Long reboundHazardId) {
}
