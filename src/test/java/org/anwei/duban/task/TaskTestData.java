package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.TestUsers;
import org.anwei.duban.organization.DepartmentService;

import static org.anwei.duban.directive.DirectiveTestData.department;

/** Tasks the task tests start from, created by staff as the application creates them. */
final class TaskTestData {

	private TaskTestData() {
	}

	/**
	 * A task issued by staff to the lead department (by code), with any assisting ones.
	 */
	static long newTask(TestUsers users, TaskService tasks, DepartmentService departments, String title,
			LocalDate deadline, String leadCode, String... assistingCodes) {
		return newTask(users, tasks, departments, title, title + "：按要求完成。", deadline, leadCode, assistingCodes);
	}

	/** A task with the given content, issued by staff. */
	static long newTask(TestUsers users, TaskService tasks, DepartmentService departments, String title, String content,
			LocalDate deadline, String leadCode, String... assistingCodes) {
		users.login(TestUsers.STAFF);
		Set<Long> assisting = Arrays.stream(assistingCodes)
			.map(code -> department(departments, code).id())
			.collect(Collectors.toSet());
		return tasks
			.create(new TaskCommand(title, content, null, Urgency.NORMAL, department(departments, leadCode).id(),
					assisting, deadline))
			.id();
	}

}
