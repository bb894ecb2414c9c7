package org.anwei.duban.accountability;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The register's filters; null means any. {@code actionsOnly} keeps the accountability
 * actions (约谈, 通报批评, 问责) and leaves out commendations, as the dashboard counts them.
 */
public record AccountabilityFilter(@Nullable Long departmentId, @Nullable AccountabilityKind kind,
		@Nullable LocalDate from, @Nullable LocalDate to, boolean actionsOnly) {

	public AccountabilityFilter(@Nullable Long departmentId, @Nullable AccountabilityKind kind,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		this(departmentId, kind, from, to, false);
	}

	public static AccountabilityFilter none() {
		return new AccountabilityFilter(null, null, null, null);
	}

}
