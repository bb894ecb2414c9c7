package org.anwei.duban.task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.notification.Message;
import org.anwei.duban.notification.NotificationService;
import org.anwei.duban.security.Recipient;
import org.anwei.duban.security.Recipients;
import org.anwei.duban.security.UserService;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskParty;
import org.springframework.stereotype.Component;

/**
 * Tells the people behind a task what happened: the liaisons of every department with a
 * part in it; for 督办 notices and instructions also the lead department's head and the
 * leaders who oversee it. A head is spared the day-to-day notices unless the department
 * has no liaison.
 */
@Component
class TaskNotifier {

	private final UserService users;

	private final NotificationService notifications;

	TaskNotifier(UserService users, NotificationService notifications) {
		this.users = users;
		this.notifications = notifications;
	}

	/**
	 * @param title a translation key and its arguments, the first of which is always the
	 * task's title
	 * @param bodyKey a translation key with the same arguments
	 */
	void tellDepartments(Task task, String kind, LocalizedText title, String bodyKey) {
		send(task, kind, title, bodyKey, false);
	}

	void tellDepartmentsAndLeaders(Task task, String kind, LocalizedText title, String bodyKey) {
		send(task, kind, title, bodyKey, true);
	}

	private void send(Task task, String kind, LocalizedText title, String bodyKey, boolean escalated) {
		Set<Message.Addressee> to = new LinkedHashSet<>();
		for (TaskParty party : task.getParties()) {
			Recipients recipients = this.users.recipientsOf(party.getDepartmentId());
			recipients.dayToDay().forEach(r -> to.add(addressee(r)));
			if (escalated && party.getDepartmentId() == task.getLeadDepartmentId()) {
				recipients.heads().forEach(r -> to.add(addressee(r)));
				recipients.overseers().forEach(r -> to.add(addressee(r)));
			}
		}
		if (!to.isEmpty()) {
			this.notifications.send(new Message(List.copyOf(to), kind, title, bodyKey, "tasks/" + task.getId()));
		}
	}

	private static Message.Addressee addressee(Recipient recipient) {
		return new Message.Addressee(recipient.username(), recipient.email(), recipient.language());
	}

}
