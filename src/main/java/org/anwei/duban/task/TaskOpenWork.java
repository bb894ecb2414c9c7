package org.anwei.duban.task;

import org.anwei.duban.organization.DepartmentOpenWork;
import org.anwei.duban.task.internal.TaskRepository;
import org.springframework.stereotype.Component;

/** Open tasks keep a department from being deactivated. */
@Component
class TaskOpenWork implements DepartmentOpenWork {

	private final TaskRepository tasks;

	TaskOpenWork(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@Override
	public long countOpenItems(long departmentId) {
		return this.tasks.countOpenForDepartment(departmentId);
	}

	@Override
	public String messageKey() {
		return "validation.department.open-tasks";
	}

}
