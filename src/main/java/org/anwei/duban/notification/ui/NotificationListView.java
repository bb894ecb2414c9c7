package org.anwei.duban.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.notification.NotificationItem;
import org.anwei.duban.notification.NotificationService;

/**
 * The user's own notifications, newest first; opening one marks it read and goes to it.
 */
@Route("notifications")
@PermitAll
public class NotificationListView extends VerticalLayout implements HasDynamicTitle {

	final Grid<NotificationItem> grid = new Grid<>();

	private final transient NotificationService notifications;

	NotificationListView(NotificationService notifications) {
		this.notifications = notifications;
		setSizeFull();
		Button allRead = new Button(getTranslation("notification.mark-all-read"), e -> {
			notifications.markAllRead();
			this.grid.getDataProvider().refreshAll();
		});
		allRead.setId("notification-all-read");
		this.grid.setId("notification-grid");
		this.grid.setEmptyStateText(getTranslation("notification.empty"));
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addComponentColumn(n -> {
			// a button, so the keyboard reaches it and a screen reader says it opens
			Button title = new Button(n.title(), e -> open(n));
			title.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			title.addClassName("row-action");
			if (!n.read()) {
				title.addClassName(LumoUtility.FontWeight.BOLD);
			}
			Span when = new Span(DisplayTime.minutes(n.createdAt()));
			when.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
			return new Div(new Div(title), new Div(n.body()), when);
		}).setHeader(getTranslation("notification.title"));
		this.grid.setItems(
				query -> notifications.mine(getLocale(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) notifications.countMine());
		this.grid.addItemClickListener(e -> open(e.getItem()));
		this.grid.setSizeFull();
		add(allRead, this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notification.title");
	}

	/** Marks the notification read and goes to what it is about. */
	private void open(NotificationItem item) {
		this.notifications.markRead(item.id());
		if (item.link() != null) {
			getUI().ifPresent(ui -> ui.navigate(item.link()));
		}
		else {
			this.grid.getDataProvider().refreshItem(item);
		}
	}

}
