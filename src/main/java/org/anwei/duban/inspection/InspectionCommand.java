package org.anwei.duban.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An inspection as recorded or edited; the service names each missing or wrong field.
 *
 * @param teamMembers the persons on the team, as written (names, titles)
 * @param departmentIds the departments on the team
 * @param sites the units or sites visited, one per entry
 */
public record InspectionCommand(@Nullable LocalDate inspectedOn, @Nullable InspectionKind kind, String title,
		String teamLeader, String teamMembers, Set<Long> departmentIds, @Nullable String district, List<String> sites,
		String notes) {

	public InspectionCommand {
		title = title == null ? "" : title;
		teamLeader = teamLeader == null ? "" : teamLeader;
		teamMembers = teamMembers == null ? "" : teamMembers;
		departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
		sites = sites == null ? List.of() : sites.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		notes = notes == null ? "" : notes;
	}

}
