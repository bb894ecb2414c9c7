package org.anwei.duban.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.BackgroundWork;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.TextDialog;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.dashboard.DashboardFilter;
import org.anwei.duban.dashboard.DashboardHandout;
import org.anwei.duban.dashboard.DashboardService;
import org.anwei.duban.dashboard.RankingRow;
import org.anwei.duban.hazard.HazardProperties;
import org.anwei.duban.instruction.DepartmentInstructions;
import org.anwei.duban.instruction.ui.InstructionList;
import org.anwei.duban.meeting.MeetingFilter;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskProperties;
import org.springframework.data.domain.PageRequest;

/**
 * 领导驾驶舱: the leader's home. For a period (compared with the one before) and a scope
 * (meeting, department, category, district): headline figures, the department ranking and
 * charts, every number a link to the list it counts. The filters live in the URL.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({ Roles.LEADER, Roles.STAFF })
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** Instructions listed under the charts, newest first. */
	private static final int INSTRUCTIONS = 10;

	/** Meetings offered in the meeting filter, newest first. */
	private static final int MEETING_CHOICES = 200;

	final DashboardFilters filters;

	private final Div content = new Div();

	private final DashboardService dashboards;

	private final Map<Long, DepartmentRef> departments;

	private final DepartmentInstructions instructions;

	private final boolean leader;

	private final Paragraph scope;

	private final DashboardHandout handout;

	private final BackgroundWork background;

	private final java.time.ZoneId zone;

	/** The figures of the filter shown (tests wait for them). */
	DashboardFigures figures;

	DashboardView(DashboardService dashboards, DepartmentService departments, MeetingService meetings,
			HazardProperties hazards, DepartmentInstructions instructions, CurrentUser currentUser,
			TaskProperties taskProperties, Clock clock, DashboardHandout handout, BackgroundWork background) {
		this.dashboards = dashboards;
		this.instructions = instructions;
		this.leader = currentUser.require().hasRole(Role.LEADER);
		this.departments = departments.directory()
			.stream()
			.collect(Collectors.toMap(DepartmentRef::id, Function.identity()));
		Set<Long> visible = currentUser.visibleDepartmentIds();
		List<DepartmentRef> inScope = dashboards.departmentsInScope();
		this.zone = taskProperties.zone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), this.zone);
		this.filters = new DashboardFilters(today,
				meetings.list(MeetingFilter.all(), PageRequest.of(0, MEETING_CHOICES)), inScope, hazards.districts(),
				this::filtersChanged);
		H2 title = new H2(getTranslation("menu.dashboard"));
		this.scope = new Paragraph(visible == null ? getTranslation("dashboard.scope.all")
				: getTranslation("dashboard.scope.overseen", inScope.size()));
		this.scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		this.scope.setId("dashboard-scope");
		this.handout = handout;
		this.background = background;
		Button pdf = new Button(getTranslation("dashboard.pdf"), VaadinIcon.PRINT.create(), e -> printHandout());
		pdf.setId("dashboard-pdf");
		pdf.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout heading = new HorizontalLayout(title, pdf);
		heading.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.content.setWidthFull();
		add(heading, this.scope, this.filters, this.content);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.filters.read(event.getLocation().getQueryParameters());
		show(false);
	}

	private void filtersChanged() {
		UrlParameters.show(this, "dashboard", this.filters.parameters());
		show(false);
	}

	/**
	 * Lays out the page for the filter and has its figures counted: the standing
	 * (headline, ranking, lights) and the other charts are shown each as it comes, so the
	 * page and its filters answer at once even when counting takes a while. What comes
	 * within a moment is shown in the same response, without a flash of placeholders.
	 * Figures counted for the same filter and scope within the last minute are shown
	 * again, unless {@code recount}.
	 */
	private void show(boolean recount) {
		DashboardFilter filter = this.filters.value();
		DashboardLinks links = new DashboardLinks(filter, this.departments);
		this.content.removeAll();
		ReportingPeriod period = filter.period();
		ReportingPeriod before = period.previous();
		Paragraph compared = new Paragraph(
				getTranslation("dashboard.compared", period.from(), period.to(), before.from(), before.to()));
		compared.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		DashboardFigures figures = new DashboardFigures(links, this::open, this.leader ? this::instruct : null,
				this.zone, () -> show(true));
		Anchor map = new Anchor(links.hazards(null, Map.of("open", "true")).replaceFirst("^hazards", "hazards/map"),
				getTranslation("dashboard.open-map"));
		map.setId("dashboard-map");
		this.content.add(compared, figures, map, new H3(getTranslation("dashboard.instructions")),
				instructionList(filter));
		figures.show(this.dashboards.standing(filter, recount), this.dashboards.charts(filter, recount));
		this.figures = figures;
	}

	private InstructionList instructionList(DashboardFilter filter) {
		InstructionList list = new InstructionList(this.instructions.newest(filter.departmentId(), INSTRUCTIONS), true);
		list.setId("dashboard-instructions");
		return list;
	}

	/** A leader's 批示 to a department of the ranking; the department is told. */
	private void instruct(RankingRow row) {
		TextDialog dialog = new TextDialog("dashboard.instruct", "field.instruction.text", "instruction.text", true,
				text -> {
					this.instructions.instruct(row.department().id(), text);
					Notifications.success(getTranslation("dashboard.instructed", row.department().name()));
					show(false);
				});
		dialog.setHeaderTitle(getTranslation("dashboard.instruct-to", row.department().name()));
		dialog.open();
	}

	/** The filtered dashboard as a PDF, made in the background and offered when ready. */
	private void printHandout() {
		DashboardFilter filter = this.filters.value();
		List<String> words = new java.util.ArrayList<>(List.of(this.scope.getText()));
		words.addAll(this.filters.described());
		String subtitle = String.join(" · ", words);
		java.util.Locale locale = getLocale();
		String file = getTranslation("dashboard.pdf.file") + "-" + filter.period().from() + "-" + filter.period().to()
				+ ".pdf";
		this.background.download(UI.getCurrent(), getTranslation("dashboard.pdf.what"), file, "application/pdf",
				out -> out.write(this.handout.pdf(filter, locale, subtitle)));
	}

	private void open(String location) {
		getUI().ifPresent(ui -> ui.navigate(location));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.dashboard");
	}

}
