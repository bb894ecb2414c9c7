package org.anwei.duban.notification.ui;

import com.vaadin.flow.component.Component;

import org.anwei.duban.base.ui.HeaderContribution;
import org.anwei.duban.notification.NotificationService;

/** Puts the bell with the unread count in the header. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderContribution {

	private final NotificationService notifications;

	NotificationBell(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public Component create() {
		return new BellButton(this.notifications);
	}

}
