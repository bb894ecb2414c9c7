package org.anwei.duban.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Success and error toasts with consistent placement and duration. */
public final class Notifications {

	private Notifications() {
	}

	public static Notification success(String text) {
		Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		return notification;
	}

	/** Errors stay until closed (or 10 s): people need time to read what went wrong. */
	public static Notification error(String text) {
		Notification notification = Notification.show(text, 10000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		return notification;
	}

}
