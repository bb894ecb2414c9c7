package org.anwei.duban.task.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.extension.PendingExtension;
import org.anwei.duban.task.MyWork;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;

/**
 * 我的待办: what needs the user's action now, in short lists that fit a phone: tasks to sign,
 * reports to review, extension requests to decide, red and yellow tasks.
 */
@Route("my-work")
@Menu(title = "menu.my-work", order = 3, icon = "vaadin:bell-o")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

	static final int LIMIT = 20;

	final MyWork work;

	MyWorkView(TaskQueries tasks) {
		this.work = tasks.myWork(LIMIT);
		section("task.my.to-sign", this.work.toSign(), "my-to-sign");
		section("task.my.to-review", this.work.toReview(), "my-to-review");
		if (!this.work.extensions().isEmpty()) {
			add(new H3(getTranslation("task.my.extensions", this.work.extensions().size())));
			Div list = new Div();
			list.setId("my-extensions");
			for (PendingExtension e : this.work.extensions()) {
				list.add(new Div(new Anchor(e.path(), e.title() + " · "
						+ getTranslation("task.my.extension", e.request().proposedDeadline(), e.request().reason()))));
			}
			add(list);
		}
		section("task.my.red", this.work.red(), "my-red");
		section("task.my.yellow", this.work.yellow(), "my-yellow");
		if (this.work.toSign().isEmpty() && this.work.toReview().isEmpty() && this.work.extensions().isEmpty()
				&& this.work.red().isEmpty() && this.work.yellow().isEmpty()) {
			add(new Span(getTranslation("task.my.nothing")));
		}
	}

	private void section(String titleKey, List<TaskListItem> tasks, String id) {
		if (tasks.isEmpty()) {
			return;
		}
		add(new H3(getTranslation(titleKey, tasks.size())));
		Div list = new Div();
		list.setId(id);
		for (TaskListItem task : tasks) {
			RouterLink link = new RouterLink(task.title(), TaskView.class,
					new com.vaadin.flow.router.RouteParameters("taskId", String.valueOf(task.id())));
			Span meta = new Span(" · " + task.leadDepartmentName() + " · "
					+ TaskBadges.deadline(this, task.currentDeadline(), task.originalDeadline()));
			meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
			Div row = new Div(TaskBadges.light(task.light()), new Span(" "), link, meta);
			row.addClassName(LumoUtility.Padding.Vertical.XSMALL);
			list.add(row);
		}
		add(list);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.my-work");
	}

}
