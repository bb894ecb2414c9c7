package org.anwei.duban.task.ui;

import java.util.List;

import java.util.stream.Collectors;

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
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.directive.DirectiveSource;
import org.anwei.duban.task.ExtensionService;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.task.PartyDetails;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.jspecify.annotations.Nullable;

/**
 * One task ({@code tasks/<id>}): what, by when, who; the sentence of the meeting it came
 * from; each department's progress; the reports with their evidence; the history; and the
 * actions the user may take now. A task outside the user's scope is not found.
 */
@Route("tasks/:taskId")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final H2 title = new H2();

	final HorizontalLayout actionBar = new HorizontalLayout();

	final Span status = new Span();

	private final TaskQueries queries;

	private final TaskActions actions;

	private final Div summary = new Div();

	private final Div source = new Div();

	private final Div parties = new Div();

	private final TaskTimeline timeline;

	private final transient PeopleNames people;

	private @Nullable TaskDetails task;

	TaskView(TaskQueries queries, TaskService tasks, ExtensionService extensions, SupervisionService supervision,
			CurrentUser currentUser, PeopleNames people) {
		this.queries = queries;
		this.people = people;
		this.actions = new TaskActions(this, queries, tasks, extensions, supervision, currentUser);
		this.timeline = new TaskTimeline(queries, supervision, people);
		this.title.addClassName("page-heading");
		this.status.setId("task-status");
		this.actionBar.setWrap(true);
		this.actionBar.setId("task-actions");
		this.source.addClassName("task-source");
		add(this.title, this.status, this.summary, this.actionBar, new H3(getTranslation("task.source")), this.source,
				new H3(getTranslation("task.parties")), this.parties, this.timeline);
	}

	static String path(long id) {
		return "tasks/" + id;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			show(this.queries.get(Long.parseLong(event.getRouteParameters().get("taskId").orElse(""))));
		}
		catch (NumberFormatException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	/** Shows the task as stored now; called again after every action. */
	void show(TaskDetails details) {
		this.task = details;
		this.title.setText(details.title());
		this.status.removeAll();
		this.status.add(TaskBadges.light(details.light()), TaskBadges.status(details.status(), details.stale()));
		this.summary.removeAll();
		this.summary.add(
				new Paragraph(details.content()), line(
						"field.task.deadline", TaskBadges.deadline(this, details.currentDeadline(), details
							.originalDeadline())),
				line("task.urgency", getTranslation(details.urgency().labelKey())),
				line("field.task.responsible",
						details.responsiblePersons() == null ? "—" : details.responsiblePersons()),
				line("field.directive.categories", getTranslation(details.category().labelKey())),
				line("task.issued", DisplayTime.minutes(details.issuedAt()) + " "
						+ PersonLabels.of(this.people, List.of(details.issuedBy())).name(details.issuedBy())));
		if (details.urgeCount() > 0 || details.escalationLevel() != null) {
			this.summary.add(line("task.supervision", getTranslation("task.supervision.state", details.urgeCount(),
					details.escalationLevel() == null ? "—" : getTranslation(details.escalationLevel().labelKey()))));
		}
		showSource(details.source());
		this.parties.removeAll();
		for (PartyDetails party : details.parties()) {
			Div row = new Div(new Span(party.departmentName() + "（" + getTranslation(party.role().labelKey()) + "）"),
					new Span(" · " + getTranslation(party.state().labelKey())));
			row.setId("party-" + party.departmentId());
			this.parties.add(row);
		}
		this.actions.showFor(details);
		this.timeline.show(details);
	}

	private void showSource(@Nullable DirectiveSource origin) {
		this.source.removeAll();
		if (origin == null) {
			this.source.add(new Span(getTranslation("task.no-source")));
			return;
		}
		for (String heading : origin.headings()) {
			Div line = new Div(heading);
			line.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "task-source-heading");
			this.source.add(line);
		}
		Span sentence = new Span(origin.sentence());
		sentence.addClassName("directive-mark");
		// a department's view has no surrounding text: then no ellipses either
		Div text = origin.before().isEmpty() && origin.after().isEmpty() ? new Div(sentence)
				: new Div(new Span("…" + origin.before()), sentence, new Span(origin.after() + "…"));
		text.setId("task-source-text");
		Span from = new Span(
				getTranslation("task.source.from", origin.meetingTitle(), origin.meetingDate(), origin.documentName()));
		from.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		this.source.add(text, from);
	}

	private Div line(String labelKey, String value) {
		Span label = new Span(getTranslation(labelKey) + "：");
		label.addClassName("directive-card-label");
		return new Div(label, new Span(value));
	}

	TaskDetails current() {
		if (this.task == null) {
			throw new IllegalStateException("No task shown");
		}
		return this.task;
	}

	String partiesText() {
		return current().parties().stream().map(PartyDetails::departmentName).collect(Collectors.joining("、"));
	}

	@Override
	public String getPageTitle() {
		return this.task == null ? getTranslation("menu.tasks") : this.task.title();
	}

}
