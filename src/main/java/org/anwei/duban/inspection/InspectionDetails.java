package org.anwei.duban.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An inspection with its team and findings, as its page shows it.
 *
 * @param departments the team's departments, id to name
 */
public record InspectionDetails(long id, long version, LocalDate inspectedOn, InspectionKind kind, String title,
		String teamLeader, String teamMembers, Map<Long, String> departments, @Nullable String district,
		List<String> sites, String notes, String createdBy, Instant createdAt, List<FindingItem> findings) {

	/** The command that would record this inspection as it is, for editing. */
	public InspectionCommand toCommand() {
		return new InspectionCommand(this.inspectedOn, this.kind, this.title, this.teamLeader, this.teamMembers,
				this.departments.keySet(), this.district, this.sites, this.notes);
	}

}
