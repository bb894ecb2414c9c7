package org.anwei.duban.task;

import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.UserService;
import org.anwei.duban.supervision.SupervisionService;
import org.springframework.stereotype.Component;

/**
 * Makes a fresh {@link TaskFigureFixture} for a test, with the services it goes through.
 */
@Component
public class TaskFigureFixtures {

	private final TestUsers users;

	private final DepartmentService departments;

	private final UserService userService;

	private final TaskService tasks;

	private final TaskQueries queries;

	private final ExtensionService extensions;

	private final SupervisionService supervision;

	private final ReplayClock clock;

	TaskFigureFixtures(TestUsers users, DepartmentService departments, UserService userService, TaskService tasks,
			TaskQueries queries, ExtensionService extensions, SupervisionService supervision, ReplayClock clock) {
		this.users = users;
		this.departments = departments;
		this.userService = userService;
		this.tasks = tasks;
		this.queries = queries;
		this.extensions = extensions;
		this.supervision = supervision;
		this.clock = clock;
	}

	public TaskFigureFixture create() {
		return new TaskFigureFixture(this.users, this.departments, this.userService, this.tasks, this.queries,
				this.extensions, this.supervision, this.clock);
	}

}
