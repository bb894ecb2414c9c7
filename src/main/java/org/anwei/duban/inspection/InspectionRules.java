package org.anwei.duban.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.hazard.HazardProperties;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.EscalationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What makes an inspection or a finding task acceptable; each problem names its field.
 */
@Component
class InspectionRules {

	static final int MAX_SITES = 200;

	private final DepartmentService departments;

	private final HazardProperties hazards;

	private final EscalationProperties escalation;

	private final Clock clock;

	InspectionRules(DepartmentService departments, HazardProperties hazards, EscalationProperties escalation,
			Clock clock) {
		this.departments = departments;
		this.hazards = hazards;
		this.escalation = escalation;
		this.clock = clock;
	}

	List<FieldError> check(InspectionCommand command) {
		List<FieldError> errors = new ArrayList<>();
		if (command.inspectedOn() == null) {
			errors.add(FieldError.of("inspection.inspectedOn", "validation.required"));
		}
		else if (command.inspectedOn().isAfter(today())) {
			errors.add(FieldError.of("inspection.inspectedOn", "validation.inspection.future"));
		}
		if (command.kind() == null) {
			errors.add(FieldError.of("inspection.kind", "validation.required"));
		}
		FieldError.checkText(errors, "inspection.title", command.title(), true, 200);
		FieldError.checkText(errors, "inspection.teamLeader", command.teamLeader(), true, 100);
		FieldError.checkText(errors, "inspection.teamMembers", command.teamMembers(), false, 1000);
		FieldError.checkText(errors, "inspection.notes", command.notes(), false, 4000);
		Set<Long> active = activeDepartments();
		if (!active.containsAll(command.departmentIds())) {
			errors.add(FieldError.of("inspection.departments", "validation.directive.department-inactive"));
		}
		String district = command.district();
		if (district != null && !district.isBlank() && !this.hazards.districts().isEmpty()
				&& !this.hazards.districts().contains(district.strip())) {
			errors.add(FieldError.of("inspection.district", "validation.hazard.district-unknown",
					String.join("、", this.hazards.districts())));
		}
		if (command.sites().isEmpty()) {
			errors.add(FieldError.of("inspection.sites", "validation.inspection.sites"));
		}
		else if (command.sites().size() > MAX_SITES || command.sites().stream().anyMatch(s -> s.length() > 300)) {
			errors.add(FieldError.of("inspection.sites", "validation.inspection.sites-too-long", MAX_SITES));
		}
		return errors;
	}

	List<FieldError> check(FindingTaskCommand command) {
		List<FieldError> errors = new ArrayList<>();
		FieldError.checkText(errors, "finding.site", command.site(), true, 300);
		FieldError.checkText(errors, "finding.description", command.description(), true, 4000);
		if (command.departmentId() == null) {
			errors.add(FieldError.of("finding.department", "validation.required"));
		}
		else if (!activeDepartments().contains(command.departmentId())) {
			errors.add(FieldError.of("finding.department", "validation.directive.department-inactive"));
		}
		if (command.deadline() == null) {
			errors.add(FieldError.of("finding.deadline", "validation.required"));
		}
		else if (command.deadline().isBefore(today())) {
			errors.add(FieldError.of("finding.deadline", "validation.inspection.deadline-past"));
		}
		return errors;
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.escalation.zone());
	}

	private Set<Long> activeDepartments() {
		return this.departments.directory()
			.stream()
			.filter(DepartmentRef::active)
			.map(DepartmentRef::id)
			.collect(Collectors.toSet());
	}

}
