package org.anwei.duban.task;

import java.util.ArrayList;
import java.util.List;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.springframework.stereotype.Component;

/** What a task written by staff must have, and the limits of texts and reasons. */
@Component
class TaskRules {

	private final DepartmentService departments;

	TaskRules(DepartmentService departments) {
		this.departments = departments;
	}

	List<FieldError> check(TaskCommand command) {
		List<FieldError> errors = new ArrayList<>();
		if (command.title().isBlank()) {
			errors.add(FieldError.of("task.title", "validation.required"));
		}
		else if (command.title().strip().length() > 200) {
			errors.add(FieldError.of("task.title", "validation.too-long", 200));
		}
		errors.addAll(checkText("task.content", command.content(), true));
		List<Long> active = this.departments.directory()
			.stream()
			.filter(DepartmentRef::active)
			.map(DepartmentRef::id)
			.toList();
		if (command.leadDepartmentId() == null) {
			errors.add(FieldError.of("task.lead", "validation.required"));
		}
		else if (!active.contains(command.leadDepartmentId())) {
			errors.add(FieldError.of("task.lead", "validation.directive.department-inactive"));
		}
		if (!active.containsAll(command.assistingDepartmentIds())) {
			errors.add(FieldError.of("task.assisting", "validation.directive.department-inactive"));
		}
		if (command.deadline() == null) {
			errors.add(FieldError.of("task.deadline", "validation.required"));
		}
		return errors;
	}

	TaskDraft draft(TaskCommand command) {
		return new TaskDraft(command.title().strip(), command.content().strip(), null, null,
				command.category() == null ? DirectiveCategory.GENERAL : command.category(),
				command.urgency() == null ? Urgency.NORMAL : command.urgency(),
				java.util.Objects.requireNonNull(command.leadDepartmentId()), command.assistingDepartmentIds(),
				java.util.Objects.requireNonNull(command.deadline()));
	}

	static List<FieldError> checkText(String field, String text, boolean required) {
		if (required && text.isBlank()) {
			return List.of(FieldError.of(field, "validation.required"));
		}
		if (text.strip().length() > TaskService.MAX_TEXT) {
			return List.of(FieldError.of(field, "validation.too-long", TaskService.MAX_TEXT));
		}
		return List.of();
	}

}
