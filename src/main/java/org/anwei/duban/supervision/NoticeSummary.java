package org.anwei.duban.supervision;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A 督办/催办 notice of a task, without its files. */
public record NoticeSummary(long id, NoticeKind kind, @Nullable EscalationLevel level, String documentNumber,
		Instant issuedAt, String issuedBy) {
}
