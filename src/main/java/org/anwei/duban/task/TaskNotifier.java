package org.anwei.duban.task;

import java.util.ArrayList;
import java.util.List;

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
 * part in it, and for 督办 notices also the leaders who oversee the lead department.
 */
@Component
class TaskNotifier {

	private final UserService users;

	private final NotificationService notifications;

	TaskNotifier(UserService users, NotificationService notifications) {
		this.users = users;
		this.notifications = notifications;
	}

	void tellDepartments(Task task, String kind, String title, String body) {
		send(task, kind, title, body, false);
	}

	void tellDepartmentsAndLeaders(Task task, String kind, String title, String body) {
		send(task, kind, title, body, true);
	}

	private void send(Task task, String kind, String title, String body, boolean leaders) {
		List<Message.Addressee> to = new ArrayList<>();
		for (TaskParty party : task.getParties()) {
			Recipients recipients = this.users.recipientsOf(party.getDepartmentId());
			recipients.liaisons().forEach(r -> to.add(addressee(r)));
			if (leaders && party.getDepartmentId() == task.getLeadDepartmentId()) {
				recipients.overseers().forEach(r -> to.add(addressee(r)));
			}
		}
		if (!to.isEmpty()) {
			this.notifications.send(new Message(to, kind, title, body, "tasks/" + task.getId()));
		}
	}

	private static Message.Addressee addressee(Recipient recipient) {
		return new Message.Addressee(recipient.username(), recipient.email());
	}

}
