package org.anwei.duban.meeting.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.ui.UploadTexts;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.documents.DocumentException;
import org.anwei.duban.base.documents.DocumentReader;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.ReceivedFiles;
import org.anwei.duban.base.ui.StoredFileDownload;
import org.anwei.duban.meeting.DocumentSummary;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingNavigation;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.meeting.MeetingStatus;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;

/**
 * One meeting ({@code meetings/new} or {@code meetings/<id>}): its details, its source
 * documents (upload a file or paste text; originals downloadable) and, per document, a
 * link to the review screen where its requirements are extracted, checked and issued.
 */
@Route("meetings/:meetingId")
@RolesAllowed({ Roles.STAFF, Roles.LEADER })
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String NEW = "new";

	final Button save = new Button();

	final TextArea pasted = new TextArea();

	final Grid<DocumentSummary> documents = new Grid<>();

	final Span status = new Span();

	/**
	 * The tasks issued from this meeting, in the task list (a route of the task module).
	 */
	private final Anchor tasksLink = new Anchor();

	private final MeetingService meetings;

	private final List<DepartmentRef> directory;

	private final boolean staff;

	private final MeetingForm form;

	private final VerticalLayout documentSection = new VerticalLayout();

	private @Nullable MeetingDetails meeting;

	private final transient PeopleNames people;

	/** Names of who uploaded the documents shown. */
	private transient PersonLabels uploaders;

	MeetingView(MeetingService meetings, DepartmentService departments, CurrentUser currentUser, PeopleNames people) {
		this.meetings = meetings;
		this.people = people;
		this.uploaders = PersonLabels.of(people, List.of());
		this.directory = departments.directory();
		this.staff = currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false);
		this.form = new MeetingForm(this.directory);
		this.save.setText(getTranslation("action.save"));
		this.save.setId("meeting-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> save());
		this.save.setVisible(this.staff);
		this.form.setReadOnly(!this.staff);
		this.status.setId("meeting-status");
		this.status.getElement().getThemeList().add("badge");
		this.status.setVisible(false);
		this.tasksLink.setText(getTranslation("meeting.tasks"));
		this.tasksLink.setId("meeting-tasks");
		this.tasksLink.setVisible(false);
		add(new com.vaadin.flow.component.html.Div(this.status, new Span(" "), this.tasksLink), this.form, this.save,
				this.documentSection);
		buildDocumentSection();
	}

	/** Opens {@code meetings/new} or {@code meetings/<id>}. */
	static RouteParameters route(String meetingId) {
		return new RouteParameters("meetingId", meetingId);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("meetingId").orElse(NEW);
		if (NEW.equals(id)) {
			this.meeting = null;
			this.documentSection.setVisible(false);
			return;
		}
		try {
			this.meeting = this.meetings.get(Long.parseLong(id));
			this.form.fill(this.meeting, this.directory);
			this.status.setText(
					getTranslation("field.meeting.status") + "：" + getTranslation(this.meeting.status().labelKey()));
			this.status.setVisible(true);
			this.tasksLink.setHref("tasks?meeting=" + this.meeting.id());
			this.tasksLink.setVisible(this.meeting.status() != MeetingStatus.DRAFT);
			refreshDocuments();
		}
		catch (NumberFormatException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private void buildDocumentSection() {
		this.documents.setId("meeting-documents");
		this.documents.setEmptyStateText(
				getTranslation(this.staff ? "meeting.documents.empty" : "meeting.documents.empty.reader"));
		// Two columns so that a phone shows the name and the actions without scrolling
		// sideways.
		this.documents.addComponentColumn(this::documentDescription)
			.setHeader(getTranslation("meeting.document.name"))
			.setFlexGrow(1);
		this.documents.addComponentColumn(this::documentActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.documents.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.documents.setAllRowsVisible(true);

		// each document is stored as soon as it arrives; its temporary file goes right
		// after
		ReceivedFiles received = new ReceivedFiles(DocumentReader.MAX_BYTES, 1);
		Upload upload = UploadTexts.localize(new Upload());
		upload.setUploadHandler(received.handler(upload, file -> {
			try {
				receive(file.name(), file.bytes());
			}
			finally {
				received.discard();
				upload.clearFileList();
			}
		}));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(DocumentReader.MAX_BYTES);
		upload.setAcceptedFileTypes(".txt", ".docx", ".doc", ".pdf");
		upload.addFileRejectedListener(e -> Notifications
			.error(getTranslation("document.error.too-large", DocumentReader.MAX_BYTES / (1024 * 1024))));
		upload.setVisible(this.staff);

		this.pasted.setLabel(getTranslation("meeting.paste"));
		this.pasted.setWidthFull();
		this.pasted.setMaxHeight("12rem");
		this.pasted.setId("meeting-paste");
		Button addPasted = new Button(getTranslation("meeting.paste.add"), e -> addPasted());
		addPasted.setId("meeting-paste-add");
		HorizontalLayout pasteRow = new HorizontalLayout(this.pasted, addPasted);
		pasteRow.setWidthFull();
		pasteRow.setAlignItems(Alignment.END);
		pasteRow.setVisible(this.staff);

		this.documentSection.setPadding(false);
		this.documentSection.add(new H3(getTranslation("meeting.documents")), this.documents, upload, pasteRow);
	}

	private Div documentDescription(DocumentSummary d) {
		Span details = new Span(d.format() + " · " + getTranslation("meeting.document.length", d.textLength()) + " · "
				+ DisplayTime.minutes(d.uploadedAt()) + " " + this.uploaders.name(d.uploadedBy()));
		details.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		return new Div(new Div(d.filename()), details);
	}

	private VerticalLayout documentActions(DocumentSummary document) {
		long meetingId = currentMeeting().id();
		Anchor download = new Anchor(StoredFileDownload
			.of(() -> this.meetings.documentContent(meetingId, document.id()), document.filename()),
				getTranslation("meeting.document.download"));
		Button review = new Button(getTranslation("meeting.review"), e -> review(document));
		review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		review.setId("review-" + document.id());
		review.setVisible(this.staff);
		VerticalLayout actions = new VerticalLayout(review, download);
		actions.setPadding(false);
		actions.setSpacing(false);
		actions.setAlignItems(Alignment.END);
		return actions;
	}

	/**
	 * Stores an uploaded file. Public so UI tests can hand over bytes without a browser.
	 */
	public void receive(String filename, byte[] content) {
		try {
			DocumentSummary stored = this.meetings.addDocument(currentMeeting().id(), filename, content);
			refreshDocuments();
			Notifications.success(getTranslation("meeting.document.added", stored.filename()));
		}
		catch (DocumentException ex) {
			Notifications.error(getTranslation(ex.messageKey(), ex.arguments().toArray()));
		}
		catch (ValidationException ex) {
			Notifications.error(ErrorMessages.of(this, ex));
		}
	}

	private void addPasted() {
		try {
			DocumentSummary stored = this.meetings.addPastedText(currentMeeting().id(), "", this.pasted.getValue());
			this.pasted.clear();
			refreshDocuments();
			Notifications.success(getTranslation("meeting.document.added", stored.filename()));
		}
		catch (ValidationException ex) {
			Notifications.error(ErrorMessages.of(this, ex));
		}
	}

	/** Opens the document's review screen (分解), provided by the directive module. */
	void review(DocumentSummary document) {
		getUI().ifPresent(ui -> ui.navigate(MeetingNavigation.documentReview(currentMeeting().id(), document.id())));
	}

	private void save() {
		try {
			MeetingDetails saved = this.meeting == null ? this.meetings.create(this.form.command())
					: this.meetings.update(this.meeting.id(), this.meeting.version(), this.form.command());
			Notifications.success(getTranslation("meeting.saved", saved.title()));
			if (this.meeting == null) {
				getUI().ifPresent(ui -> ui.navigate(MeetingView.class, route(String.valueOf(saved.id()))));
			}
			this.meeting = saved;
		}
		catch (ValidationException ex) {
			this.form.showErrors(ex);
		}
		catch (ConcurrentEditException ex) {
			Notifications.error(getTranslation("error.concurrent-edit", getTranslation(ex.entityKey())));
		}
	}

	private void refreshDocuments() {
		MeetingDetails current = this.meetings.get(currentMeeting().id());
		this.meeting = current;
		this.uploaders = PersonLabels.of(this.people,
				current.documents().stream().map(DocumentSummary::uploadedBy).toList());
		this.documents.setItems(current.documents());
		this.documentSection.setVisible(true);
	}

	private MeetingDetails currentMeeting() {
		if (this.meeting == null) {
			throw new IllegalStateException("The meeting must be saved first");
		}
		return this.meeting;
	}

	@Override
	public String getPageTitle() {
		return this.meeting == null ? getTranslation("meeting.new") : this.meeting.title();
	}

}
