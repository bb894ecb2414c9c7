package org.anwei.duban.task;

import java.util.Objects;
import java.util.Set;

import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.task.internal.Task;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and act on a task. Staff see all; a liaison only tasks where their
 * department is lead or assisting; a leader all when chosen so, otherwise the overseen
 * departments' (none when none are). A task the caller may not see is "not found",
 * exactly like one that does not exist, so guessing ids reveals nothing.
 */
final class TaskAccess {

	private final CurrentUser currentUser;

	TaskAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** The departments whose tasks the caller sees, or null for all. */
	@Nullable Set<Long> visibleDepartments() {
		return this.currentUser.visibleDepartmentIds();
	}

	Task requireVisible(@Nullable Task task, long id) {
		if (task == null || !isVisible(task)) {
			throw new NotFoundException("entity.task", id);
		}
		return task;
	}

	boolean isVisible(Task task) {
		Set<Long> visible = visibleDepartments();
		return visible == null || task.getParties().stream().anyMatch(p -> visible.contains(p.getDepartmentId()));
	}

	/** The liaison's own department, which must have a part in the task. */
	long actingDepartment(Task task) {
		Long department = this.currentUser.require().departmentId();
		if (department == null || task.party(department).isEmpty()) {
			throw new NotFoundException("entity.task", Objects.requireNonNull(task.getId()));
		}
		return department;
	}

	/** The liaison's department, which must be the task's lead. */
	long actingLead(Task task) {
		long department = actingDepartment(task);
		if (task.getLeadDepartmentId() != department) {
			throw ValidationException.of("task.status", "validation.task.lead-only");
		}
		return department;
	}

	/**
	 * Staff, admins and leaders read a task's source with the text around it; a
	 * department sees its sentence and headings only (neighbours may be others' work).
	 */
	boolean seesSourceContext() {
		return this.currentUser.get()
			.map(u -> u.hasRole(Role.STAFF) || u.hasRole(Role.ADMIN) || u.hasRole(Role.LEADER))
			.orElse(false);
	}

	boolean isStaff() {
		return this.currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false);
	}

	String username() {
		return this.currentUser.require().getUsername();
	}

}
