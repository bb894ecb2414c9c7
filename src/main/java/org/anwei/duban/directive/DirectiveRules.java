package org.anwei.duban.directive;

import java.util.ArrayList;
import java.util.List;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.directive.internal.Directive;

/** What a directive must satisfy to be saved, and what it needs before it is issued. */
final class DirectiveRules {

	static final int MAX_TEXT = 4000;

	static final int MAX_MENTION = 100;

	static final int MAX_TITLE = 200;

	private DirectiveRules() {
	}

	static List<FieldError> check(DirectiveCommand command, DepartmentLookup lookup) {
		List<FieldError> errors = new ArrayList<>();
		String text = command.text().strip();
		if (text.isEmpty()) {
			errors.add(FieldError.of("directive.text", "validation.required"));
		}
		else if (text.length() > MAX_TEXT) {
			errors.add(FieldError.of("directive.text", "validation.too-long", MAX_TEXT));
		}
		String title = command.title();
		if (title != null && title.strip().length() > MAX_TITLE) {
			errors.add(FieldError.of("directive.title", "validation.too-long", MAX_TITLE));
		}
		Long lead = command.leadDepartmentId();
		if (lead != null && !lookup.isActive(lead)) {
			errors.add(FieldError.of("directive.lead", "validation.directive.department-inactive"));
		}
		if (command.assistingDepartmentIds().stream().anyMatch(id -> !lookup.isActive(id))) {
			errors.add(FieldError.of("directive.assisting", "validation.directive.department-inactive"));
		}
		else if (lead != null && command.assistingDepartmentIds().contains(lead)) {
			errors.add(FieldError.of("directive.assisting", "validation.directive.lead-also-assisting"));
		}
		if (command.unmappedMentions().stream().anyMatch(m -> m.strip().length() > MAX_MENTION)) {
			errors.add(FieldError.of("directive.unmapped", "validation.too-long", MAX_MENTION));
		}
		return errors;
	}

	/**
	 * A directive becomes a task: it needs a lead department and a deadline (a date or a
	 * recurrence). {@code number} is the row number staff see.
	 */
	static List<FieldError> checkIssuable(Directive directive, int number) {
		List<FieldError> errors = new ArrayList<>();
		boolean hasLead = directive.getAssignments()
			.stream()
			.anyMatch(a -> a.getRole() == AssignmentRole.LEAD && a.getDepartmentId() != null);
		if (!hasLead) {
			errors.add(FieldError.of("directive.issue", "validation.directive.no-lead", number));
		}
		if (directive.getDeadlineDate() == null && directive.getRecurrence() == null) {
			errors.add(FieldError.of("directive.issue", "validation.directive.no-deadline", number));
		}
		return errors;
	}

}
