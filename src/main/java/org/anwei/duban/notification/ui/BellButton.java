package org.anwei.duban.notification.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.anwei.duban.base.ui.HeaderContribution;
import org.anwei.duban.notification.NotificationService;

/**
 * The bell: the number of unread notifications (recounted after every navigation, a cheap
 * indexed count), opening the list.
 */
class BellButton extends Button implements HeaderContribution.Refreshable {

	private final NotificationService notifications;

	private final Span count = new Span();

	BellButton(NotificationService notifications) {
		super(VaadinIcon.BELL.create());
		this.notifications = notifications;
		setId("notification-bell");
		addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		this.count.setId("notification-count");
		this.count.getElement().getThemeList().addAll(List.of("badge", "error", "pill", "small"));
		setSuffixComponent(this.count);
		addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
		refresh();
	}

	@Override
	public void refresh() {
		long unread = this.notifications.unreadCount();
		this.count.setText(unread > 99 ? "99+" : String.valueOf(unread));
		this.count.setVisible(unread > 0);
		setAriaLabel(getTranslation("notification.unread", unread));
		setTooltipText(getTranslation("notification.unread", unread));
	}

}
