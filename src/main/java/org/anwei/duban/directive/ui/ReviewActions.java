package org.anwei.duban.directive.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveRef;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveService;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.directive.ExtractionOutcome;
import org.anwei.duban.organization.DepartmentRef;
import org.jspecify.annotations.Nullable;

/**
 * What the review screen's buttons do: each asks the service, then shows the list as
 * stored. A refused action says why and changes nothing; a conflict with someone else's
 * change reloads the list so the user sees it.
 */
class ReviewActions {

	private final DirectiveReviewView view;

	private final DirectiveService directives;

	private final DirectiveQueries queries;

	private final List<DepartmentRef> directory;

	private long meetingId;

	private long documentId;

	ReviewActions(DirectiveReviewView view, DirectiveService directives, DirectiveQueries queries,
			List<DepartmentRef> directory) {
		this.view = view;
		this.directives = directives;
		this.queries = queries;
		this.directory = directory;
	}

	/** Shows the document's directives; a document never reviewed is extracted first. */
	void open(long meetingId, long documentId) {
		this.meetingId = meetingId;
		this.documentId = documentId;
		List<DirectiveDetails> stored = this.queries.forDocument(meetingId, documentId);
		if (stored.isEmpty()) {
			runExtraction();
		}
		else {
			this.view.show(stored);
		}
	}

	void extract() {
		List<DirectiveDetails> stored = this.view.shown();
		if (stored.isEmpty()) {
			runExtraction();
			return;
		}
		long reviewed = stored.stream().filter(DirectiveDetails::reviewed).count();
		confirm("extract-confirm", "directive.extract-again",
				t("directive.extract-again.explain", reviewed, stored.size() - reviewed), this::runExtraction);
	}

	private void runExtraction() {
		ExtractionOutcome outcome = attempt(() -> this.directives.extract(this.meetingId, this.documentId));
		if (outcome != null) {
			Notifications.success(
					(outcome.kept() == 0 && outcome.replaced() == 0 ? t("directive.extracted.first", outcome.added())
							: t("directive.extracted", outcome.added(), outcome.kept()))
							+ (outcome.candidates() == 0 ? ""
									: " " + t("directive.extracted.candidates", outcome.candidates())));
		}
		reload();
	}

	void add() {
		List<DirectiveDetails> selected = this.view.selected();
		Long afterId = selected.isEmpty() ? null : selected.getLast().id();
		DirectiveDialog[] dialog = new DirectiveDialog[1];
		dialog[0] = new DirectiveDialog(this.directory, null, null, command -> save(dialog[0],
				() -> this.directives.add(this.meetingId, this.documentId, afterId, command)));
		dialog[0].open();
	}

	void edit(DirectiveDetails directive) {
		String sentence = directive.start() != null && directive.end() != null
				&& directive.end() <= this.view.documentText().length()
						? this.view.documentText().substring(directive.start(), directive.end()) : null;
		DirectiveDialog[] dialog = new DirectiveDialog[1];
		dialog[0] = new DirectiveDialog(this.directory, directive, sentence,
				command -> save(dialog[0], () -> this.directives.update(directive.ref(), command)));
		dialog[0].open();
	}

	void split(DirectiveDetails directive) {
		SplitDialog[] dialog = new SplitDialog[1];
		dialog[0] = new SplitDialog(directive, at -> {
			if (attempt(() -> this.directives.split(directive.ref(), at)) != null) {
				dialog[0].close();
			}
			reload();
		});
		dialog[0].open();
	}

	void merge() {
		List<DirectiveRef> refs = this.view.selected().stream().map(DirectiveDetails::ref).toList();
		if (attempt(() -> this.directives.merge(refs)) != null) {
			Notifications.success(t("directive.merged", refs.size()));
		}
		reload();
	}

	void discard() {
		List<DirectiveRef> refs = this.view.selected()
			.stream()
			.filter(d -> d.status() == DirectiveStatus.PROPOSED)
			.map(DirectiveDetails::ref)
			.toList();
		if (attempt(() -> this.directives.discard(refs)) != null) {
			Notifications.success(t("directive.discarded", refs.size()));
		}
		reload();
	}

	/** Takes a candidate as a requirement to review and issue. */
	void promote(DirectiveDetails candidate) {
		if (attempt(() -> this.directives.promote(candidate.ref())) != null) {
			Notifications.success(t("directive.promoted"));
		}
		reload();
	}

	void restore(DirectiveDetails directive) {
		attempt(() -> this.directives.restore(directive.ref()));
		reload();
	}

	/** Issues the selected proposals, or all proposals when none is selected. */
	void issue() {
		List<DirectiveDetails> selected = this.view.selected()
			.stream()
			.filter(d -> d.status() == DirectiveStatus.PROPOSED)
			.toList();
		List<DirectiveDetails> targets = selected.isEmpty()
				? this.view.shown().stream().filter(d -> d.status() == DirectiveStatus.PROPOSED).toList() : selected;
		if (targets.isEmpty()) {
			Notifications.error(t("directive.nothing-to-issue"));
			return;
		}
		long departments = targets.stream()
			.flatMap(d -> d.assignments().stream())
			.map(a -> a.departmentId())
			.filter(Objects::nonNull)
			.distinct()
			.count();
		confirm("issue-confirm", "directive.issue", t("directive.issue.explain", targets.size(), departments), () -> {
			List<DirectiveRef> refs = targets.stream().map(DirectiveDetails::ref).toList();
			if (attempt(() -> this.directives.issue(this.meetingId, this.documentId, refs)) != null) {
				Notifications.success(t("directive.issued", refs.size()));
			}
			reload();
		});
	}

	Component rowActions(DirectiveDetails directive) {
		VerticalLayout buttons = new VerticalLayout();
		buttons.setPadding(false);
		buttons.setSpacing(false);
		if (directive.status() == DirectiveStatus.PROPOSED) {
			buttons.add(small("edit-" + directive.id(), "action.edit", () -> edit(directive)));
			buttons.add(small("split-" + directive.id(), "directive.split", () -> split(directive)));
		}
		else if (directive.status() == DirectiveStatus.DISCARDED) {
			buttons.add(small("restore-" + directive.id(), "directive.restore", () -> restore(directive)));
		}
		return buttons;
	}

	/** Asks before an action that changes many rows; the action's name is the title. */
	private void confirm(String id, String actionKey, String explanation, Runnable action) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setId(id);
		confirm.setHeader(t(actionKey));
		confirm.setText(explanation);
		confirm.setCancelable(true);
		confirm.setCancelText(t("action.cancel"));
		confirm.setConfirmText(t(actionKey));
		confirm.addConfirmListener(e -> action.run());
		confirm.open();
	}

	private Button small(String id, String labelKey, Runnable action) {
		Button button = new Button(t(labelKey), e -> action.run());
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	private void save(DirectiveDialog dialog, Supplier<DirectiveDetails> saving) {
		try {
			saving.get();
			dialog.close();
			Notifications.success(t("directive.saved"));
			reload();
		}
		catch (ValidationException ex) {
			dialog.showErrors(ex);
		}
		catch (ConcurrentEditException ex) {
			// Keeps the dialog and its input open: the user can copy it, reload and
			// re-apply.
			dialog.showConflict(ex);
		}
	}

	/** Runs a service call; a refusal is shown and yields null. */
	private <T> @Nullable T attempt(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ValidationException ex) {
			Notifications.error(ErrorMessages.of(this.view, ex));
		}
		catch (ConcurrentEditException ex) {
			Notifications.error(t("error.concurrent-edit", t(ex.entityKey())));
		}
		catch (NotFoundException ex) {
			Notifications.error(t("error.not-found", t(ex.entityKey())));
		}
		return null;
	}

	private void reload() {
		this.view.show(this.queries.forDocument(this.meetingId, this.documentId));
	}

	private String t(String key, Object... arguments) {
		return this.view.getTranslation(key, arguments);
	}

}
