package org.anwei.duban.dashboard.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.organization.DepartmentDetails;
import org.anwei.duban.organization.DepartmentFilter;
import org.anwei.duban.organization.DepartmentService;

/**
 * The home page (工作台): who you are, which department you act for, and — for staff, admins
 * and leaders — how many member units are active. Liaisons see their own department's
 * contact details.
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

	HomeView(CurrentUser currentUser, DepartmentService departments) {
		AppUserPrincipal user = currentUser.require();
		H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
		greeting.setId("home-greeting");
		String roles = user.roles()
			.stream()
			.map(r -> getTranslation(r.labelKey()))
			.sorted()
			.collect(Collectors.joining("、"));
		add(greeting, new Paragraph(getTranslation("home.roles", roles)));
		FlexLayout cards = new FlexLayout();
		cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		cards.addClassNames(LumoUtility.Gap.MEDIUM);
		if (user.departmentId() != null) {
			DepartmentDetails own = departments.get(user.departmentId());
			cards.add(card(getTranslation("home.my-department"), own.name(),
					nullToEmpty(own.contactPerson()) + " " + nullToEmpty(own.contactPhone())));
		}
		if (user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF) || user.hasRole(Role.LEADER)) {
			long active = departments.count(new DepartmentFilter(null, null, true));
			cards.add(card(getTranslation("home.active-departments"), String.valueOf(active),
					getTranslation("home.active-departments.note")));
		}
		if (user.hasRole(Role.LEADER)) {
			String scope = user.overseesAll() ? getTranslation("home.oversees-all")
					: user.overseenDepartmentIds().isEmpty() ? getTranslation("home.oversees-none")
							: String.join("、", departments.namesOf(user.overseenDepartmentIds()).values());
			cards.add(card(getTranslation("home.oversight"), scope, ""));
		}
		add(cards);
	}

	private Div card(String title, String value, String note) {
		Span heading = new Span(title);
		heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		Span big = new Span(value);
		big.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span small = new Span(note);
		small.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Div card = new Div(heading, big, small);
		card.addClassNames("card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
		card.setMinWidth("14rem");
		return card;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.home");
	}

}
