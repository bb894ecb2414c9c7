package org.anwei.duban.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Filter of the audit log; every part is optional. */
public record AuditFilter(@Nullable String entityType, @Nullable String actor, @Nullable String action,
		@Nullable Instant from, @Nullable Instant to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

}
