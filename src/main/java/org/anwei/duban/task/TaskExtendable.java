package org.anwei.duban.task;

import java.time.Clock;
import java.time.LocalDate;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.extension.ExtendableItems;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskRepository;
import org.springframework.stereotype.Component;

/**
 * Tasks as extendable records: the lead department asks, an approval moves the current
 * deadline (the original stays for statistics) and the yellow light with it.
 */
@Component
class TaskExtendable implements ExtendableItems {

	private final TaskRepository tasks;

	private final TaskAccess access;

	private final TaskProperties properties;

	private final Clock clock;

	TaskExtendable(TaskRepository tasks, CurrentUser currentUser, TaskProperties properties, Clock clock) {
		this.tasks = tasks;
		this.access = new TaskAccess(currentUser);
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String type() {
		return TaskService.ENTITY;
	}

	@Override
	public Subject requestable(long id, long version) {
		Task task = this.access.requireVisible(this.tasks.findById(id).orElse(null), id);
		if (task.getVersion() != version) {
			throw new ConcurrentEditException("entity.task", id);
		}
		this.access.actingLead(task);
		return subject(task);
	}

	@Override
	public Subject visible(long id) {
		return subject(this.access.requireVisible(this.tasks.findById(id).orElse(null), id));
	}

	@Override
	public void requested(long id) {
		this.tasks.findById(id).orElseThrow().touch(this.clock.instant());
	}

	@Override
	public void extend(long id, LocalDate deadline) {
		Task task = this.tasks.findById(id).orElseThrow();
		LocalDate issued = LocalDate.ofInstant(task.getIssuedAt(), this.properties.zone());
		task.extend(deadline, Deadlines.yellowFrom(issued, deadline, this.properties), this.clock.instant());
	}

	@Override
	public String path(long id) {
		return "tasks/" + id;
	}

	@Override
	public int maxExtensions() {
		return this.properties.maxExtensions();
	}

	private static Subject subject(Task task) {
		return new Subject(task.getTitle(), task.getCurrentDeadline(), task.getStatus().isOpen(), TaskService.ENTITY,
				"currentDeadline");
	}

}
