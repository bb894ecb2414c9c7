package org.anwei.duban.task;

import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.supervision.Audience;
import org.anwei.duban.supervision.DepartmentNotifier;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskParty;
import org.springframework.stereotype.Component;

/**
 * Tells the departments of a task what happened, through the supervision module's
 * {@link DepartmentNotifier}: every party's liaisons; for instructions also the lead's
 * head and overseeing leaders.
 */
@Component
class TaskNotifier {

	private final DepartmentNotifier notifier;

	TaskNotifier(DepartmentNotifier notifier) {
		this.notifier = notifier;
	}

	static Audience audienceOf(Task task) {
		return new Audience(task.getParties().stream().map(TaskParty::getDepartmentId).toList(),
				task.getLeadDepartmentId(), "tasks/" + task.getId());
	}

	/**
	 * @param title a translation key and its arguments, the first of which is always the
	 * task's title
	 * @param bodyKey a translation key with the same arguments
	 */
	void tellDepartments(Task task, String kind, LocalizedText title, String bodyKey) {
		this.notifier.tellDepartments(audienceOf(task), kind, title, bodyKey);
	}

	void tellDepartmentsAndLeaders(Task task, String kind, LocalizedText title, String bodyKey) {
		this.notifier.tellDepartmentsAndLeaders(audienceOf(task), kind, title, bodyKey);
	}

}
