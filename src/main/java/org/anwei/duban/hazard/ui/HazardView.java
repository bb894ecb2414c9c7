package org.anwei.duban.hazard.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.extension.ExtensionRequests;
import org.anwei.duban.extension.ui.ExtensionButtons;
import org.anwei.duban.extension.ui.ExtensionList;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.ui.HistoryLine;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.ActionButtons;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.base.ui.StoredFileDownload;
import org.anwei.duban.base.ui.TextDialog;
import org.anwei.duban.evidence.ui.ReportDialog;
import org.anwei.duban.hazard.AcceptanceSummary;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardDossier;
import org.anwei.duban.hazard.HazardProperties;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.PhotoPhase;
import org.anwei.duban.hazard.PhotoSummary;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.supervision.ui.NoticeList;
import org.jspecify.annotations.Nullable;

/**
 * One hazard: what and where it is, its 五落实, photos before and after side by side, the
 * acceptance checks, the 督办 notices and the full history. The buttons are the steps the
 * user may take now: the responsible department starts and reports rectification; staff
 * accept, issue a rectification task, urge or edit; a leader leaves an instruction.
 */
@Route("hazards/:hazardId")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class HazardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final H2 title = new H2();

	final Span badges = new Span();

	final HorizontalLayout actions = new HorizontalLayout();

	private final Div summary = new Div();

	private final Div photos = new Div();

	private final Div timeline = new Div();

	private final HazardQueries queries;

	private final HazardService service;

	private final SupervisionService supervision;

	private final DepartmentService departments;

	private final HazardProperties properties;

	private final CurrentUser currentUser;

	private final transient PeopleNames people;

	private final HazardDossier dossier;

	private final ExtensionRequests extensions;

	private @Nullable HazardDetails hazard;

	HazardView(HazardQueries queries, HazardService service, SupervisionService supervision,
			DepartmentService departments, HazardProperties properties, CurrentUser currentUser, PeopleNames people,
			HazardDossier dossier, ExtensionRequests extensions) {
		this.dossier = dossier;
		this.extensions = extensions;
		this.queries = queries;
		this.service = service;
		this.supervision = supervision;
		this.departments = departments;
		this.properties = properties;
		this.currentUser = currentUser;
		this.people = people;
		this.title.addClassName("page-heading");
		this.badges.setId("hazard-badges");
		this.actions.setWrap(true);
		this.actions.setId("hazard-actions");
		this.photos.addClassName("hazard-photos");
		this.photos.setId("hazard-photos");
		this.timeline.setId("hazard-timeline");
		add(this.title, this.badges, this.actions, this.summary, new H3(getTranslation("field.hazard.photos")),
				this.photos, this.timeline);
	}

	static String path(long id) {
		return "hazards/" + id;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			show(this.queries.get(Long.parseLong(event.getRouteParameters().get("hazardId").orElse(""))));
		}
		catch (NumberFormatException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	void show(HazardDetails details) {
		this.hazard = details;
		this.title.setText(details.number() + " " + details.unitName());
		this.badges.removeAll();
		this.badges.add(HazardBadges.level(details.level()), new Span(" "),
				HazardBadges.status(details.status(), details.overdue()));
		if (details.reboundOfId() != null) {
			this.badges.add(new Span(" "), HazardBadges.rebound(), new Span(" "),
					new RouterLink(getTranslation("hazard.rebound-of", details.reboundOfNumber()), HazardView.class,
							new com.vaadin.flow.router.RouteParameters("hazardId", details.reboundOfId().toString())));
		}
		if (details.originInspectionId() != null) {
			com.vaadin.flow.component.html.Anchor inspection = new com.vaadin.flow.component.html.Anchor(
					"inspections/" + details.originInspectionId(), getTranslation("hazard.from-inspection"));
			inspection.setId("hazard-origin-inspection");
			this.badges.add(new Span(" "), inspection);
		}
		showSummary(details);
		showActions(details);
		showPhotos(details);
		showTimeline(details);
	}

	private void showSummary(HazardDetails d) {
		this.summary.removeAll();
		this.summary.add(new Paragraph(d.description()));
		line("field.hazard.address", d.district() + (d.street() == null ? "" : " " + d.street()) + " " + d.address());
		line("field.hazard.industry", getTranslation(d.industry().labelKey()));
		line("field.hazard.type", getTranslation(d.type().labelKey()));
		line("field.hazard.source", getTranslation(d.source().labelKey()));
		line("field.hazard.foundOn", d.foundOn().toString());
		line("field.hazard.creditCode", d.creditCode());
		line("field.hazard.responsibleDepartment", d.responsibleDepartmentName());
		line("field.hazard.supervisingDepartment", d.supervisingDepartmentName());
		line("field.hazard.rectificationOwner", d.rectificationOwner());
		line("field.hazard.measures", d.measures());
		line("field.hazard.funds", d.funds() == null ? null : d.funds().toPlainString());
		line("field.hazard.timeLimit", d.timeLimit().toString());
		line("field.hazard.emergencyPlan", d.emergencyPlan());
		if (d.listingLevel() != null) {
			line("field.hazard.listingLevel", getTranslation(d.listingLevel().labelKey()) + " "
					+ (d.listingDocument() == null ? "" : d.listingDocument()));
		}
		if (d.taskId() != null) {
			Div task = new Div(label("field.hazard.task"),
					new Anchor("tasks/" + d.taskId(), getTranslation("hazard.open-task")));
			task.setId("hazard-task-link");
			this.summary.add(task);
		}
		if (d.urgeCount() > 0 || d.escalationLevel() != null) {
			line("task.supervision", getTranslation("task.supervision.state", d.urgeCount(),
					d.escalationLevel() == null ? "—" : getTranslation(d.escalationLevel().labelKey())));
		}
		line("hazard.registered", DisplayTime.minutes(d.registeredAt()) + " "
				+ PersonLabels.of(this.people, List.of(d.registeredBy())).name(d.registeredBy()));
	}

	private void line(String labelKey, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			this.summary.add(new Div(label(labelKey), new Span(value)));
		}
	}

	private Span label(String labelKey) {
		Span label = new Span(getTranslation(labelKey) + "：");
		label.addClassName("directive-card-label");
		return label;
	}

	private void showActions(HazardDetails d) {
		this.actions.removeAll();
		com.vaadin.flow.component.html.Anchor file = new com.vaadin.flow.component.html.Anchor(
				org.anwei.duban.base.ui.StoredFileDownload.of(() -> this.dossier.pdf(d.id(), getLocale()),
						this.dossier.fileName(d)),
				getTranslation("hazard.dossier.download"));
		file.getElement().setAttribute("download", true);
		file.setId("hazard-dossier");
		this.actions.add(file);
		boolean staff = hasRole(Role.STAFF);
		Long own = this.currentUser.get().map(u -> u.departmentId()).orElse(null);
		boolean responsible = staff || (hasRole(Role.DEPT) && own != null && own == d.responsibleDepartmentId());
		if (responsible && d.status() == HazardStatus.REGISTERED) {
			add("hazard-start", "hazard.action.start", true,
					() -> done(this.service.start(d.id(), d.version()), "hazard.started"));
		}
		if (responsible && d.status().awaitsRectification()) {
			add("hazard-submit", "hazard.action.submit", d.status() == HazardStatus.RECTIFYING,
					() -> new ReportDialog("hazard.action.submit", "field.hazard.rectification", "hazard.rectification",
							(text, files) -> done(this.service.reportRectified(d.id(), d.version(), text, files),
									"hazard.rectified"))
						.open());
		}
		boolean liaison = hasRole(Role.DEPT) && own != null && own == d.responsibleDepartmentId();
		if (liaison && d.status().awaitsRectification() && d.pendingExtension().isEmpty()) {
			this.actions.add(ExtensionButtons.request("hazard-extend", d.timeLimit(), (reason, date) -> {
				this.extensions.request(HazardService.ENTITY, d.id(), d.version(), reason, date);
				done(this.queries.get(d.id()), "task.extension-requested");
			}));
		}
		if (staff) {
			d.pendingExtension().ifPresent(pending -> ExtensionButtons.decide((approve, text) -> {
				this.extensions.decide(pending.id(), pending.version(), approve, text);
				done(this.queries.get(d.id()), "task.extension-decided");
			}).forEach(this.actions::add));
		}
		if (staff && d.status() == HazardStatus.AWAITING_ACCEPTANCE) {
			add("hazard-accept", "hazard.accept", true,
					() -> new OutcomeDialog(OutcomeDialog.Kind.ACCEPTANCE,
							(passed, conclusion, files) -> done(
									this.service.accept(d.id(), d.version(), passed, conclusion, files),
									passed ? "hazard.accepted" : "hazard.failed"))
						.open());
		}
		if (staff && d.status().awaitsRectification() && d.taskId() == null) {
			add("hazard-create-task", "hazard.create-task", false,
					() -> done(this.service.createTask(d.id(), d.version()), "hazard.task-created"));
		}
		if (staff && d.status().awaitsRectification()) {
			add("hazard-urge", "task.urge", false, () -> new TextDialog("task.urge", "field.supervision.comment",
					"supervision.comment", false, text -> {
						this.supervision.urge(HazardService.ENTITY, d.id(), d.version(), text);
						done(this.queries.get(d.id()), "task.urged");
					})
				.open());
		}
		if (responsible && d.status().isOpen()) {
			add("hazard-edit", "hazard.edit", false,
					() -> new HazardFormDialog(this.service, this.departments.directory(), this.properties.districts(),
							d, staff ? null : own, id -> show(this.queries.get(id)))
						.open());
		}
		if (hasRole(Role.LEADER)) {
			add("hazard-instruct", "task.instruct", false,
					() -> new TextDialog("task.instruct", "field.hazard.instruction", "hazard.instruction", true,
							text -> done(this.service.instruct(d.id(), text), "hazard.instructed"))
						.open());
		}
	}

	private void add(String id, String labelKey, boolean primary, Runnable action) {
		this.actions.add(ActionButtons.of(id, getTranslation(labelKey), primary, action));
	}

	private void done(HazardDetails result, String messageKey) {
		show(result);
		Notifications.success(getTranslation(messageKey));
	}

	/**
	 * Photos grouped by phase, side by side: as found, after rectification, at
	 * acceptance.
	 */
	private void showPhotos(HazardDetails d) {
		this.photos.removeAll();
		if (d.photos().isEmpty()) {
			this.photos.add(new Span(getTranslation("hazard.no-photos")));
			return;
		}
		for (PhotoPhase phase : PhotoPhase.values()) {
			List<PhotoSummary> ofPhase = d.photos().stream().filter(p -> p.phase() == phase).toList();
			if (ofPhase.isEmpty()) {
				continue;
			}
			Div column = new Div(new H4(getTranslation(phase.labelKey())));
			column.addClassName("hazard-photo-column");
			column.setId("photos-" + phase.name().toLowerCase(java.util.Locale.ROOT));
			ofPhase.forEach(p -> column.add(photo(d.id(), p)));
			this.photos.add(column);
		}
	}

	private Div photo(long hazardId, PhotoSummary p) {
		Anchor download = new Anchor(
				StoredFileDownload.of(() -> this.queries.photo(hazardId, p.id(), false), p.filename()), p.filename());
		download.getElement().setAttribute("download", true);
		Div box = new Div(download);
		if (p.isImage()) {
			Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> {
				byte[] bytes = this.queries.photo(hazardId, p.id(), true);
				return new DownloadResponse(new ByteArrayInputStream(bytes), "thumbnail.png", "image/png",
						bytes.length);
			}), p.filename());
			thumbnail.addClassName("task-thumbnail");
			box.addComponentAsFirst(thumbnail);
		}
		return box;
	}

	private void showTimeline(HazardDetails d) {
		this.timeline.removeAll();
		List<AuditEntry> history = this.queries.history(d.id());
		List<String> usernames = new ArrayList<>();
		d.acceptances().forEach(a -> usernames.add(a.acceptedBy()));
		d.extensions().forEach(e -> usernames.add(e.requestedBy()));
		history.forEach(e -> usernames.add(e.actorUsername()));
		PersonLabels names = PersonLabels.of(this.people, usernames);
		if (!d.acceptances().isEmpty()) {
			this.timeline.add(new H3(getTranslation("hazard.acceptances")));
			for (AcceptanceSummary a : d.acceptances().reversed()) {
				Div line = new Div(getTranslation(a.passed() ? "hazard.action.pass" : "hazard.action.fail") + " · "
						+ names.name(a.acceptedBy()) + " · " + DisplayTime.minutes(a.acceptedAt())
						+ (a.conclusion().isBlank() ? "" : " · " + a.conclusion()));
				line.setId("acceptance-" + a.id());
				this.timeline.add(line);
			}
		}
		this.timeline.add(new ExtensionList(d.extensions(), names));
		this.timeline.add(new NoticeList(this.supervision, HazardService.ENTITY, d.id(), "task.notices"));
		this.timeline.add(new H3(getTranslation("task.history")));
		history.forEach(entry -> this.timeline.add(new HistoryLine(entry, names, "field.hazard.")));
	}

	private boolean hasRole(Role role) {
		return this.currentUser.get().map(u -> u.hasRole(role)).orElse(false);
	}

	HazardDetails current() {
		if (this.hazard == null) {
			throw new IllegalStateException("No hazard shown");
		}
		return this.hazard;
	}

	@Override
	public String getPageTitle() {
		return this.hazard == null ? getTranslation("menu.hazards") : this.hazard.number();
	}

}
