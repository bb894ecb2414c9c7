package org.anwei.duban.directive.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveService;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.meeting.DocumentSummary;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingNavigation;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;

/**
 * Review (分解) of one meeting document: its text with every directive highlighted on one
 * side, the directives on the other, each with a short task title; below them, collapsed,
 * the candidates the engine judged narrative or exhortation, to promote with a click.
 * Staff edit, split, merge, delete, restore and add directives, then issue them (下发). The
 * first visit runs the extraction; running it again keeps reviewed work (see
 * {@link DirectiveService}).
 */
@Route(MeetingNavigation.DOCUMENT_REVIEW_ROUTE)
@RolesAllowed(Roles.STAFF)
public class DirectiveReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final Grid<DirectiveDetails> grid = new Grid<>();

	final Button extract = new Button();

	final Button add = new Button();

	final Button merge = new Button();

	final Button discard = new Button();

	final Button issue = new Button();

	final Checkbox showDiscarded = new Checkbox();

	final Span summary = new Span();

	final SourcePanel source;

	final CandidatesPanel candidates;

	final ReviewActions actions;

	private final MeetingService meetings;

	private final Anchor back = new Anchor();

	private final H2 title = new H2();

	private @Nullable DocumentSummary document;

	private String text = "";

	private List<DirectiveDetails> all = List.of();

	private long current = -1;

	DirectiveReviewView(DirectiveService directives, DirectiveQueries queries, MeetingService meetings,
			DepartmentService departments) {
		this.meetings = meetings;
		this.source = new SourcePanel(this::pick);
		this.actions = new ReviewActions(this, directives, queries, departments.directory());
		this.candidates = new CandidatesPanel(this.actions::promote);
		setSizeFull();
		this.title.addClassName("page-heading");
		this.back.setId("directive-back");
		this.summary.setId("directive-summary");
		add(new Div(this.back), this.title, this.summary, toolbar(), body());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			long meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
			long documentId = Long.parseLong(event.getRouteParameters().get("documentId").orElse(""));
			MeetingDetails meeting = this.meetings.get(meetingId);
			this.document = meeting.documents()
				.stream()
				.filter(d -> d.id() == documentId)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("entity.document", documentId));
			this.text = this.meetings.documentText(meetingId, documentId);
			this.back.setText("← " + meeting.title());
			this.back.setHref(MeetingNavigation.meeting(meetingId));
			this.title.setText(getTranslation("directive.review.title", this.document.filename()));
			this.actions.open(meetingId, documentId);
		}
		catch (NumberFormatException | NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private HorizontalLayout toolbar() {
		this.extract.setId("directive-extract");
		this.extract.setText(getTranslation("directive.extract"));
		this.extract.addClickListener(e -> this.actions.extract());
		this.add.setId("directive-add");
		this.add.setText(getTranslation("directive.add"));
		this.add.addClickListener(e -> this.actions.add());
		this.merge.setId("directive-merge");
		this.merge.setText(getTranslation("directive.merge"));
		this.merge.addClickListener(e -> this.actions.merge());
		this.discard.setId("directive-discard");
		this.discard.setText(getTranslation("directive.discard"));
		this.discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.discard.addClickListener(e -> this.actions.discard());
		this.issue.setId("directive-issue");
		this.issue.setText(getTranslation("directive.issue"));
		this.issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.issue.addClickListener(e -> this.actions.issue());
		this.showDiscarded.setId("directive-show-discarded");
		this.showDiscarded.setLabel(getTranslation("directive.show-discarded"));
		this.showDiscarded.addValueChangeListener(e -> showList());
		HorizontalLayout toolbar = new HorizontalLayout(this.extract, this.add, this.merge, this.discard, this.issue,
				this.showDiscarded);
		toolbar.setWrap(true);
		toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
		return toolbar;
	}

	private Div body() {
		this.grid.setId("directive-grid");
		this.grid.setEmptyStateText(getTranslation("directive.empty"));
		this.grid.setSelectionMode(Grid.SelectionMode.MULTI);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
		this.grid.addComponentColumn(DirectiveCard::new).setHeader(getTranslation("directive.list")).setFlexGrow(1);
		this.grid.addComponentColumn(this.actions::rowActions).setAutoWidth(true).setFlexGrow(0);
		this.grid.addItemClickListener(e -> {
			this.current = e.getItem().id();
			this.source.highlight(this.current);
		});
		this.grid.setPartNameGenerator(d -> d.id() == this.current ? "current-directive" : null);
		this.grid.addSelectionListener(e -> updateButtons());
		Div list = new Div(this.grid, this.candidates);
		list.addClassName("review-list");
		Div layout = new Div(this.source, list);
		layout.addClassName("review-layout");
		layout.setWidthFull();
		return layout;
	}

	/** Shows the directives as stored now, after any change. */
	void show(List<DirectiveDetails> directives) {
		this.all = directives.stream().filter(d -> d.status() != DirectiveStatus.CANDIDATE).toList();
		this.source.show(this.text, directives);
		this.candidates.show(directives.stream().filter(d -> d.status() == DirectiveStatus.CANDIDATE).toList());
		showList();
		long proposed = count(DirectiveStatus.PROPOSED);
		long issued = count(DirectiveStatus.ISSUED);
		this.summary.setText(getTranslation("directive.summary", proposed + issued, proposed, issued));
		this.extract.setText(getTranslation(directives.isEmpty() ? "directive.extract" : "directive.extract-again"));
	}

	List<DirectiveDetails> shown() {
		return this.all;
	}

	List<DirectiveDetails> selected() {
		return this.grid.getSelectedItems()
			.stream()
			.sorted(java.util.Comparator.comparingInt(d -> this.all.indexOf(d)))
			.toList();
	}

	String documentText() {
		return this.text;
	}

	private void showList() {
		boolean withDiscarded = this.showDiscarded.getValue();
		this.grid.deselectAll();
		this.grid
			.setItems(this.all.stream().filter(d -> withDiscarded || d.status() != DirectiveStatus.DISCARDED).toList());
		updateButtons();
	}

	private void updateButtons() {
		int selectedCount = this.grid.getSelectedItems().size();
		this.merge.setEnabled(selectedCount >= 2);
		this.discard.setEnabled(selectedCount >= 1);
		this.issue.setEnabled(count(DirectiveStatus.PROPOSED) > 0);
	}

	/**
	 * A highlight in the text was clicked: bring its directive into view and mark it as
	 * the current row. The check boxes stay as the user set them: they choose what merge,
	 * delete and issue act on.
	 */
	private void pick(long directiveId) {
		this.source.highlight(directiveId);
		this.current = directiveId;
		List<DirectiveDetails> items = this.grid.getListDataView().getItems().toList();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).id() == directiveId) {
				this.grid.scrollToIndex(i);
			}
		}
		this.grid.getDataProvider().refreshAll();
	}

	long current() {
		return this.current;
	}

	private long count(DirectiveStatus status) {
		return this.all.stream().filter(d -> d.status() == status).count();
	}

	@Override
	public String getPageTitle() {
		return this.document == null ? getTranslation("directive.review")
				: getTranslation("directive.review.title", Objects.requireNonNull(this.document).filename());
	}

}
