package org.anwei.duban.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.instruction.DepartmentInstructions;
import org.anwei.duban.instruction.ui.InstructionList;
import org.anwei.duban.meeting.MeetingFilter;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.meeting.MeetingStatus;
import org.anwei.duban.organization.DepartmentDetails;
import org.anwei.duban.organization.DepartmentFilter;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.WorkCounts;

/**
 * The home page (工作台), built for the role: a liaison sees what needs their action today
 * (tasks to sign, overdue, due soon), staff see what waits for them (reports to review,
 * extension requests, meetings whose requirements await review, overdue tasks), a leader
 * sees the state of the departments they oversee. Every number is a link to the list it
 * counts, and every count is one SQL count in the user's scope.
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final boolean leaderOnly;

	/** Leaders' instructions to a liaison's department shown on the home. */
	private static final int INSTRUCTIONS = 5;

	HomeView(CurrentUser currentUser, DepartmentService departments, TaskQueries tasks, MeetingService meetings,
			DepartmentInstructions instructions) {
		AppUserPrincipal user = currentUser.require();
		this.leaderOnly = user.hasRole(Role.LEADER) && !user.hasRole(Role.STAFF) && !user.hasRole(Role.DEPT);
		H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
		greeting.setId("home-greeting");
		String roles = user.roles()
			.stream()
			.map(r -> getTranslation(r.labelKey()))
			.sorted()
			.collect(Collectors.joining("、"));
		add(greeting, new Paragraph(getTranslation("home.roles", roles)));
		boolean worksOnTasks = user.hasRole(Role.DEPT) || user.hasRole(Role.STAFF) || user.hasRole(Role.LEADER);
		if (worksOnTasks) {
			showWork(user, tasks.workCounts(), meetings);
		}
		List<Div> about = new ArrayList<>();
		if (user.departmentId() != null) {
			DepartmentDetails own = departments.get(user.departmentId());
			about.add(fact(getTranslation("home.my-department"), own.name(),
					nullToEmpty(own.contactPerson()) + " " + nullToEmpty(own.contactPhone())));
		}
		if (user.hasRole(Role.LEADER)) {
			String scope = user.overseesAll() ? getTranslation("home.oversees-all")
					: user.overseenDepartmentIds().isEmpty() ? getTranslation("home.oversees-none")
							: String.join("、", departments.namesOf(user.overseenDepartmentIds()).values());
			about.add(fact(getTranslation("home.oversight"), scope, ""));
		}
		if (user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF)) {
			long active = departments.count(new DepartmentFilter(null, null, true));
			about.add(fact(getTranslation("home.active-departments"), String.valueOf(active),
					getTranslation("home.active-departments.note")));
		}
		if (user.hasRole(Role.DEPT) && user.departmentId() != null) {
			InstructionList list = new InstructionList(instructions.newest(user.departmentId(), INSTRUCTIONS), false);
			list.setId("home-instructions");
			add(new H3(getTranslation("home.instructions")), list);
		}
		if (!about.isEmpty()) {
			add(new H3(getTranslation("home.about")), cards(about));
		}
	}

	private void showWork(AppUserPrincipal user, WorkCounts counts, MeetingService meetings) {
		List<Anchor> actions = new ArrayList<>();
		if (user.hasRole(Role.DEPT)) {
			actions.add(count("home-to-sign", counts.toSign(), "home.to-sign", "home.to-sign.hint", "my-work", true));
		}
		if (user.hasRole(Role.STAFF)) {
			actions.add(count("home-to-review", counts.toReview(), "home.to-review", "home.to-review.hint",
					"tasks?status=SUBMITTED", true));
			actions.add(count("home-extensions", counts.extensionsToDecide(), "home.extensions", "home.extensions.hint",
					"my-work", true));
			long meetingsToReview = meetings
				.count(new MeetingFilter(null, null, null, null, null, MeetingStatus.DECOMPOSED));
			actions.add(count("home-meetings-to-review", meetingsToReview, "home.meetings-to-review",
					"home.meetings-to-review.hint", "meetings?status=DECOMPOSED", true));
		}
		actions
			.add(count("home-overdue", counts.overdue(), "home.overdue", "home.overdue.hint", "tasks?light=RED", true));
		actions.add(count("home-due-soon", counts.dueSoon(), "home.due-soon", "home.due-soon.hint",
				"tasks?light=YELLOW", true));
		actions.add(count("home-open", counts.open(), "home.open", "home.open.hint", "tasks", false));
		actions.add(count("home-completed", counts.completedThisMonth(), "home.completed", "home.completed.hint",
				"tasks?status=DONE", false));
		boolean nothingWaits = actions.stream().filter(a -> a.hasClassName("needs-action")).findAny().isEmpty();
		add(new H3(
				getTranslation(user.hasRole(Role.DEPT) || user.hasRole(Role.STAFF) ? "home.today" : "home.overview")));
		if (nothingWaits && (user.hasRole(Role.DEPT) || user.hasRole(Role.STAFF))) {
			Paragraph clear = new Paragraph(getTranslation("home.nothing-waits"));
			clear.setId("home-nothing-waits");
			add(clear);
		}
		Div grid = new Div();
		grid.addClassName("home-cards");
		actions.forEach(grid::add);
		add(grid);
	}

	/**
	 * A number that links to the list it counts; marked when it asks for the user's
	 * action.
	 */
	private Anchor count(String id, long value, String labelKey, String hintKey, String href, boolean isAction) {
		Span number = new Span(String.valueOf(value));
		number.addClassNames("home-count", LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span label = new Span(getTranslation(labelKey));
		label.addClassNames(LumoUtility.FontWeight.MEDIUM);
		Span hint = new Span(getTranslation(hintKey));
		hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Anchor card = new Anchor(href, number, label, hint);
		card.setId(id);
		card.addClassName("home-card");
		if (isAction && value > 0) {
			card.addClassName("needs-action");
		}
		return card;
	}

	private Div fact(String title, String value, String note) {
		Span heading = new Span(title);
		heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		Span big = new Span(value);
		big.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span small = new Span(note);
		small.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Div card = new Div(heading, big, small);
		card.addClassNames("home-card", "home-fact");
		return card;
	}

	private static Div cards(List<Div> cards) {
		Div grid = new Div();
		grid.addClassName("home-cards");
		cards.forEach(grid::add);
		return grid;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** A leader's home is the dashboard (领导驾驶舱). */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.leaderOnly) {
			event.forwardTo(DashboardView.class);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.home");
	}

}
