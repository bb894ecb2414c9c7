package org.anwei.duban.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.anwei.duban.base.ui.HeaderContribution;
import org.anwei.duban.notification.NotificationService;

/** The bell in the header with the number of unread notifications; opens the list. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderContribution {

	private final NotificationService notifications;

	NotificationBell(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public Component create() {
		long unread = this.notifications.unreadCount();
		Button bell = new Button(VaadinIcon.BELL.create());
		bell.setId("notification-bell");
		bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		bell.setAriaLabel(bell.getTranslation("notification.unread", unread));
		bell.setTooltipText(bell.getTranslation("notification.unread", unread));
		if (unread > 0) {
			Span count = new Span(unread > 99 ? "99+" : String.valueOf(unread));
			count.setId("notification-count");
			count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
			bell.setSuffixComponent(count);
		}
		bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate("notifications")));
		return bell;
	}

}
