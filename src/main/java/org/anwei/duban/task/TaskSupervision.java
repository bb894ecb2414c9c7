package org.anwei.duban.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.supervision.Audience;
import org.anwei.duban.supervision.SupervisedItem;
import org.anwei.duban.supervision.SupervisedItems;
import org.anwei.duban.supervision.SupervisionState;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskRepository;
import org.springframework.stereotype.Component;

/**
 * Tasks as supervised items: open tasks from their yellow day on are reminded and, once
 * overdue, escalated; staff urge them; recurring series issue their due occurrences
 * before the daily reminders.
 */
@Component
class TaskSupervision implements SupervisedItems {

	static final String TYPE = TaskService.ENTITY;

	private final TaskRepository tasks;

	private final SeriesService series;

	private final TaskAccess access;

	TaskSupervision(TaskRepository tasks, SeriesService series, CurrentUser currentUser) {
		this.tasks = tasks;
		this.series = series;
		this.access = new TaskAccess(currentUser);
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String reminderKeys() {
		return "notification.reminder.";
	}

	@Override
	public void beforeDailyRun(LocalDate today) {
		this.series.issueDue(today);
	}

	@Override
	public List<SupervisedItem> dueForReminder(LocalDate today) {
		return this.tasks.dueForReminder(today).stream().<SupervisedItem>map(Item::new).toList();
	}

	@Override
	public SupervisedItem visible(long id) {
		return new Item(this.access.requireVisible(this.tasks.findById(id).orElse(null), id));
	}

	@Override
	public SupervisedItem urge(long id, long version, Instant now) {
		Task task = this.access.requireVisible(this.tasks.findById(id).orElse(null), id);
		if (task.getVersion() != version) {
			throw new ConcurrentEditException("entity.task", id);
		}
		task.urged(now);
		OptimisticLocking.flush(this.tasks, "entity.task", id);
		return new Item(task);
	}

	private record Item(Task task) implements SupervisedItem {

		@Override
		public long id() {
			return Objects.requireNonNull(this.task.getId());
		}

		@Override
		public String title() {
			return this.task.getTitle();
		}

		@Override
		public String content() {
			return this.task.getContent();
		}

		@Override
		public LocalDate originalDeadline() {
			return this.task.getOriginalDeadline();
		}

		@Override
		public LocalDate currentDeadline() {
			return this.task.getCurrentDeadline();
		}

		@Override
		public Audience audience() {
			return TaskNotifier.audienceOf(this.task);
		}

		@Override
		public String noticeSubject() {
			return "你单位牵头承办的“" + this.task.getTitle() + "”任务";
		}

		@Override
		public SupervisionState state() {
			return this.task.supervision();
		}

	}

}
