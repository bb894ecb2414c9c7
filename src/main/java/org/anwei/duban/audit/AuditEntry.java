package org.anwei.duban.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One audit event as shown in the audit log and in timelines.
 *
 * @param entityType kind of record ({@code DEPARTMENT}, {@code USER}, …)
 * @param action what happened ({@code CREATED}, {@code UPDATED}, {@code LOGIN_FAILED}, …)
 * @param summary a short human text, e.g. the record's name, so the log reads without
 * joins
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable String actorUsername, @Nullable String remoteAddress,
		String entityType, @Nullable Long entityId, String action, @Nullable String summary,
		List<FieldChange> changes) {
}
