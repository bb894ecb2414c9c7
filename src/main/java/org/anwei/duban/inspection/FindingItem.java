package org.anwei.duban.inspection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One finding with the current state of the hazard or task it became; the state and
 * number are null when the caller may not see that record.
 *
 * @param statusKey the translation key of the hazard's or task's status now
 */
public record FindingItem(long id, FindingKind kind, String site, String description, long departmentId,
		String departmentName, @Nullable String district, @Nullable Long hazardId, @Nullable String hazardNumber,
		@Nullable Long taskId, @Nullable String statusKey, String createdBy, Instant createdAt) {
}
