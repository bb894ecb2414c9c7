package org.anwei.duban.accountability;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record AccountabilityFilter(@Nullable Long departmentId, @Nullable AccountabilityKind kind,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static AccountabilityFilter none() {
		return new AccountabilityFilter(null, null, null, null);
	}

}
