package org.anwei.duban.directive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anwei.duban.directive.extraction.DepartmentMention;
import org.anwei.duban.directive.internal.Assignment;
import org.anwei.duban.organization.DepartmentRef;

/**
 * Builds a directive's responsible parties. A directive has at most one lead department
 * (牵头单位): further units the text makes responsible become assisting (配合) ones, and a unit
 * appears once. Words the directory does not know are kept as mentions.
 */
final class Assignments {

	private Assignments() {
	}

	static List<Assignment> fromMentions(List<DepartmentMention> mentions, DepartmentLookup lookup) {
		Builder builder = new Builder();
		for (DepartmentMention m : mentions) {
			var department = lookup.byName(m.department());
			if (department.isPresent()) {
				builder.department(department.get(), m.role() == DepartmentMention.Role.LEAD);
			}
			else {
				builder.mention(m.mention(), m.role() == DepartmentMention.Role.LEAD);
			}
		}
		return builder.build();
	}

	static List<Assignment> fromCommand(DirectiveCommand command, DepartmentLookup lookup) {
		Builder builder = new Builder();
		lookup.byId(command.leadDepartmentId()).ifPresent(d -> builder.department(d, true));
		command.assistingDepartmentIds()
			.stream()
			.sorted()
			.forEach(id -> lookup.byId(id).ifPresent(d -> builder.department(d, false)));
		command.unmappedMentions().forEach(m -> builder.mention(m.strip(), false));
		return builder.build();
	}

	/** The parties of several directives merged into one, the first lead staying lead. */
	static List<Assignment> union(List<List<Assignment>> lists) {
		Builder builder = new Builder();
		lists.forEach(list -> list.forEach(a -> {
			boolean lead = a.getRole() == AssignmentRole.LEAD;
			if (a.getDepartmentId() != null) {
				builder.departmentId(a.getDepartmentId(), a.getMention(), lead);
			}
			else {
				builder.mention(a.getMention(), lead);
			}
		}));
		return builder.build();
	}

	private static final class Builder {

		private final List<Assignment> result = new ArrayList<>();

		private final Set<Long> departments = new LinkedHashSet<>();

		private final Set<String> mentions = new LinkedHashSet<>();

		private boolean hasLead;

		void department(DepartmentRef department, boolean lead) {
			departmentId(department.id(), department.name(), lead);
		}

		void departmentId(long id, String mention, boolean lead) {
			if (!this.departments.add(id)) {
				return;
			}
			boolean asLead = lead && !this.hasLead;
			this.hasLead |= asLead;
			this.result.add(new Assignment(id, mention, asLead ? AssignmentRole.LEAD : AssignmentRole.ASSIST));
		}

		void mention(String mention, boolean lead) {
			if (mention.isEmpty() || !this.mentions.add(mention)) {
				return;
			}
			this.result.add(new Assignment(null, mention, lead ? AssignmentRole.LEAD : AssignmentRole.ASSIST));
		}

		List<Assignment> build() {
			return List.copyOf(this.result);
		}

	}

}
