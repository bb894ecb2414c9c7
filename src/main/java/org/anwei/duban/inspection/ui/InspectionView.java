package org.anwei.duban.inspection.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.ui.HistoryLine;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.ActionButtons;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.hazard.HazardCommand;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardProperties;
import org.anwei.duban.hazard.ui.HazardFormDialog;
import org.anwei.duban.inspection.FindingItem;
import org.anwei.duban.inspection.FindingKind;
import org.anwei.duban.inspection.InspectionDetails;
import org.anwei.duban.inspection.InspectionQueries;
import org.anwei.duban.inspection.InspectionService;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;

/**
 * One inspection: when, what kind, the team and sites, and what it found, each finding
 * linked to the hazard or task it became with that record's state now. Staff record
 * findings here on site — a hazard with photos from the phone's camera, or a task for a
 * department — and edit the inspection; its history is at the bottom.
 */
@Route("inspections/:inspectionId")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class InspectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final H2 title = new H2();

	final HorizontalLayout actions = new HorizontalLayout();

	final Div findings = new Div();

	private final Div summary = new Div();

	private final Div timeline = new Div();

	private final InspectionQueries queries;

	private final InspectionService service;

	private final DepartmentService departments;

	private final HazardProperties hazards;

	private final CurrentUser currentUser;

	private final transient PeopleNames people;

	private @Nullable InspectionDetails inspection;

	InspectionView(InspectionQueries queries, InspectionService service, DepartmentService departments,
			HazardProperties hazards, CurrentUser currentUser, PeopleNames people) {
		this.queries = queries;
		this.service = service;
		this.departments = departments;
		this.hazards = hazards;
		this.currentUser = currentUser;
		this.people = people;
		this.title.addClassName("page-heading");
		this.actions.setWrap(true);
		this.actions.setId("inspection-actions");
		this.findings.setId("inspection-findings");
		this.timeline.setId("inspection-timeline");
		add(this.title, this.actions, this.summary, new H3(getTranslation("inspection.findings")), this.findings,
				this.timeline);
	}

	static String path(long id) {
		return "inspections/" + id;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			show(this.queries.get(Long.parseLong(event.getRouteParameters().get("inspectionId").orElse(""))));
		}
		catch (NumberFormatException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	void show(InspectionDetails details) {
		this.inspection = details;
		this.title.setText(details.title());
		showSummary(details);
		showActions(details);
		showFindings(details);
		showTimeline(details);
	}

	private void showSummary(InspectionDetails d) {
		this.summary.removeAll();
		line("field.inspection.inspectedOn", d.inspectedOn().toString());
		line("field.inspection.kind", getTranslation(d.kind().labelKey()));
		line("field.inspection.teamLeader", d.teamLeader());
		line("field.inspection.teamMembers", d.teamMembers());
		line("field.inspection.departments", String.join("、", d.departments().values()));
		line("field.inspection.district", d.district());
		line("field.inspection.sites", String.join("；", d.sites()));
		line("field.inspection.notes", d.notes());
	}

	private void line(String labelKey, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			Div line = new Div(new Span(getTranslation(labelKey) + "："), new Span(value));
			line.addClassName("detail-line");
			this.summary.add(line);
		}
	}

	private void showActions(InspectionDetails d) {
		this.actions.removeAll();
		if (!this.currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false)) {
			return;
		}
		this.actions.add(ActionButtons.of("inspection-add-hazard", getTranslation("inspection.register-hazard"), true,
				() -> HazardFormDialog
					.forFinding(this.departments.directory(), this.hazards.districts(), found(d),
							(command, photos) -> this.service.registerHazard(d.id(), command, photos).id(),
							id -> refreshed("inspection.hazard-registered"))
					.open()));
		this.actions.add(ActionButtons.of("inspection-assign-task", getTranslation("inspection.assign-task"), false,
				() -> new FindingTaskDialog(this.service, d.id(), d.sites(), this.departments.directory(),
						id -> refreshed("inspection.task-assigned"))
					.open()));
		this.actions.add(ActionButtons.of("inspection-edit", getTranslation("action.edit"), false,
				() -> new InspectionFormDialog(this.service, this.departments.directory(), this.hazards.districts(), d,
						id -> refreshed("inspection.saved"))
					.open()));
	}

	/** What the hazard form starts from: the inspection's day, district and only site. */
	private static HazardCommand found(InspectionDetails d) {
		String site = d.sites().size() == 1 ? d.sites().getFirst() : "";
		String district = d.district() == null ? "" : d.district();
		return new HazardCommand(d.inspectedOn(), d.kind().hazardSource(), site, null, null, district, null, "", null,
				null, "", HazardLevel.GENERAL, null, null, null, null, null, (BigDecimal) null, null, null, null, null,
				null);
	}

	private void refreshed(String messageKey) {
		show(this.queries.get(current().id()));
		Notifications.success(getTranslation(messageKey));
	}

	private void showFindings(InspectionDetails d) {
		this.findings.removeAll();
		if (d.findings().isEmpty()) {
			this.findings.add(new Paragraph(getTranslation("inspection.no-findings")));
			return;
		}
		for (FindingItem f : d.findings()) {
			Div card = new Div();
			card.addClassName("finding-card");
			card.setId("finding-" + f.id());
			Span kind = new Span(getTranslation(f.kind().labelKey()));
			kind.getElement().setAttribute("theme", f.kind() == FindingKind.HAZARD ? "badge error" : "badge");
			card.add(kind, new Span(" " + f.site() + " · " + f.departmentName()));
			card.add(new Paragraph(f.description()));
			if (f.hazardId() != null) {
				card.add(new Anchor("hazards/" + f.hazardId(), f.hazardNumber()));
			}
			else if (f.taskId() != null) {
				card.add(new Anchor("tasks/" + f.taskId(), getTranslation("inspection.open-task", f.taskId())));
			}
			if (f.statusKey() != null) {
				card.add(new Span(" · " + getTranslation(f.statusKey())));
			}
			this.findings.add(card);
		}
	}

	private void showTimeline(InspectionDetails d) {
		this.timeline.removeAll();
		List<AuditEntry> history = this.queries.history(d.id());
		List<String> usernames = new ArrayList<>();
		history.forEach(e -> usernames.add(e.actorUsername()));
		PersonLabels names = PersonLabels.of(this.people, usernames);
		this.timeline.add(new H3(getTranslation("task.history")));
		history.forEach(entry -> this.timeline.add(new HistoryLine(entry, names, "field.inspection.")));
		this.timeline.add(new Div(getTranslation("inspection.recorded-by", names.name(d.createdBy()),
				DisplayTime.minutes(d.createdAt()))));
	}

	InspectionDetails current() {
		if (this.inspection == null) {
			throw new IllegalStateException("No inspection shown");
		}
		return this.inspection;
	}

	@Override
	public String getPageTitle() {
		return this.inspection == null ? getTranslation("menu.inspections") : this.inspection.title();
	}

}
