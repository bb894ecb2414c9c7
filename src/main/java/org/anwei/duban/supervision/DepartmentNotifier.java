package org.anwei.duban.supervision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.notification.Message;
import org.anwei.duban.notification.NotificationService;
import org.anwei.duban.security.Recipient;
import org.anwei.duban.security.Recipients;
import org.anwei.duban.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Tells the people behind a supervised item what happened: the liaisons of every
 * department with a part in it; for 督办 notices and instructions also the lead
 * department's head and the leaders who oversee it. A head is spared the day-to-day
 * notices unless the department has no liaison.
 */
@Component
public class DepartmentNotifier {

	private final UserService users;

	private final NotificationService notifications;

	DepartmentNotifier(UserService users, NotificationService notifications) {
		this.users = users;
		this.notifications = notifications;
	}

	/**
	 * @param title a translation key and its arguments, the first of which is always the
	 * item's title
	 * @param bodyKey a translation key with the same arguments
	 */
	public void tellDepartments(Audience audience, String kind, LocalizedText title, String bodyKey) {
		send(audience, kind, title, bodyKey, false);
	}

	public void tellDepartmentsAndLeaders(Audience audience, String kind, LocalizedText title, String bodyKey) {
		send(audience, kind, title, bodyKey, true);
	}

	private void send(Audience audience, String kind, LocalizedText title, String bodyKey, boolean escalated) {
		Set<Message.Addressee> to = new LinkedHashSet<>();
		for (long departmentId : audience.departmentIds()) {
			Recipients recipients = this.users.recipientsOf(departmentId);
			recipients.dayToDay().forEach(r -> to.add(addressee(r)));
			if (escalated && departmentId == audience.leadDepartmentId()) {
				recipients.heads().forEach(r -> to.add(addressee(r)));
				recipients.overseers().forEach(r -> to.add(addressee(r)));
			}
		}
		if (!to.isEmpty()) {
			this.notifications.send(new Message(List.copyOf(to), kind, title, bodyKey, audience.link()));
		}
	}

	private static Message.Addressee addressee(Recipient recipient) {
		return new Message.Addressee(recipient.username(), recipient.email(), recipient.language());
	}

}
