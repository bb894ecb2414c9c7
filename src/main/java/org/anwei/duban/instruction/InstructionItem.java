package org.anwei.duban.instruction;

import java.time.Instant;

/** A leader's instruction to a department, as lists show it. */
public record InstructionItem(long id, long departmentId, String departmentName, String text, Instant createdAt,
		String createdByName) {
}
