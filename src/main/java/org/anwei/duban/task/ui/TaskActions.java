package org.anwei.duban.task.ui;

import org.anwei.duban.extension.ui.ExtensionButtons;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.ActionButtons;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.task.ExtensionService;
import org.anwei.duban.task.PartyDetails;
import org.anwei.duban.task.PartyRole;
import org.anwei.duban.task.PartyState;
import org.anwei.duban.task.ReportKind;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.base.ui.TextDialog;
import org.anwei.duban.evidence.ui.ReportDialog;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.TaskStatus;

/**
 * The buttons a user sees on a task: what their role may do in the task's current state.
 * Hiding a button is a convenience; the services refuse anything not allowed.
 */
class TaskActions {

	private final TaskView view;

	private final TaskService tasks;

	private final ExtensionService extensions;

	private final SupervisionService supervision;

	private final TaskQueries queries;

	private final CurrentUser currentUser;

	TaskActions(TaskView view, TaskQueries queries, TaskService tasks, ExtensionService extensions,
			SupervisionService supervision, CurrentUser currentUser) {
		this.view = view;
		this.tasks = tasks;
		this.extensions = extensions;
		this.supervision = supervision;
		this.queries = queries;
		this.currentUser = currentUser;
	}

	void showFor(TaskDetails task) {
		this.view.actionBar.removeAll();
		AppUserPrincipal user = this.currentUser.require();
		if (user.hasRole(Role.DEPT) && user.departmentId() != null) {
			task.party(user.departmentId()).ifPresent(party -> departmentActions(task, party));
		}
		if (user.hasRole(Role.STAFF)) {
			staffActions(task);
		}
		if (user.hasRole(Role.LEADER)) {
			add("task-instruct", "task.instruct", false, () -> new TextDialog("task.instruct", "field.task.text",
					"task.text", true, text -> done(this.tasks.instruct(task.id(), text), "task.instructed"))
				.open());
		}
	}

	private void departmentActions(TaskDetails task, PartyDetails party) {
		boolean open = task.status().isOpen();
		boolean lead = party.role() == PartyRole.LEAD;
		if (open && party.state() == PartyState.PENDING) {
			add("task-sign", "task.action.sign.button", true,
					() -> attempt(() -> this.tasks.sign(task.id(), task.version()), "task.signed"));
			return;
		}
		if (!open) {
			return;
		}
		add("task-report", "task.report-kind.progress", false,
				() -> new ReportDialog("task.report-kind.progress",
						(text, files) -> done(
								this.tasks.report(task.id(), task.version(), ReportKind.PROGRESS, text, files),
								"task.reported"))
					.open());
		if (!lead) {
			add("task-feedback", "task.report-kind.feedback", true,
					() -> new ReportDialog("task.report-kind.feedback",
							(text, files) -> done(
									this.tasks.report(task.id(), task.version(), ReportKind.FEEDBACK, text, files),
									"task.reported"))
						.open());
		}
		if (lead && task.status() == TaskStatus.IN_PROGRESS) {
			add("task-submit", "task.action.submit.button", true, () -> new ReportDialog("task.action.submit.button",
					(text, files) -> done(this.tasks.submit(task.id(), task.version(), text, files), "task.submitted"))
				.open());
		}
		if (lead) {
			add("task-responsible", "task.assign-responsible", false,
					() -> new TextDialog("task.assign-responsible", "field.task.responsible", "task.responsible", false,
							text -> done(this.tasks.assignResponsible(task.id(), task.version(), text),
									"task.responsible-assigned"))
						.open());
		}
		if (lead && task.pendingExtension().isEmpty()) {
			this.view.actionBar.add(ExtensionButtons.request("task-extend", task.currentDeadline(),
					(reason, date) -> done(this.extensions.request(task.id(), task.version(), reason, date),
							"task.extension-requested")));
		}
	}

	private void staffActions(TaskDetails task) {
		if (task.status() == TaskStatus.SUBMITTED) {
			add("task-accept", "task.action.accept.button", true,
					() -> new TextDialog("task.action.accept.button", "field.extension.comment", "task.reason", false,
							text -> done(this.tasks.accept(task.id(), task.version(), text), "task.accepted"))
						.open());
			add("task-return", "task.action.return.button", false,
					() -> new TextDialog("task.action.return.button", "field.task.reason", "task.reason", true,
							text -> done(this.tasks.returnTask(task.id(), task.version(), text), "task.returned"))
						.open());
		}
		task.pendingExtension()
			.ifPresent(pending -> ExtensionButtons
				.decide((approve, text) -> done(this.extensions.decide(pending.id(), pending.version(), approve, text),
						"task.extension-decided"))
				.forEach(this.view.actionBar::add));
		add("task-material", "task.add-material", false,
				() -> new ReportDialog("task.add-material",
						(text, files) -> done(this.tasks.attachMaterial(task.id(), task.version(), text, files),
								"task.material-added"))
					.open());
		if (task.status().isOpen()) {
			add("task-urge", "task.urge", false, () -> new TextDialog("task.urge", "field.supervision.comment",
					"supervision.comment", false, text -> done(urge(task, text), "task.urged"))
				.open());
			add("task-cancel", "task.action.cancel.button", false,
					() -> new TextDialog("task.action.cancel.button", "field.task.reason", "task.reason", true,
							text -> done(this.tasks.cancel(task.id(), task.version(), text), "task.cancelled"))
						.open());
		}
	}

	private void add(String id, String labelKey, boolean primary, Runnable action) {
		this.view.actionBar.add(ActionButtons.of(id, this.view.getTranslation(labelKey), primary, action));
	}

	/**
	 * Shows the result of an action taken from a dialog; validation errors stay there.
	 */
	private TaskDetails urge(TaskDetails task, String comment) {
		this.supervision.urge(TaskQueries.SUPERVISED_TYPE, task.id(), task.version(), comment);
		return this.queries.get(task.id());
	}

	private void done(TaskDetails result, String messageKey) {
		try {
			this.view.show(result);
			Notifications.success(this.view.getTranslation(messageKey));
		}
		catch (ConcurrentEditException ex) {
			conflict(ex);
		}
	}

	private void attempt(Supplier<TaskDetails> action, String messageKey) {
		try {
			done(action.get(), messageKey);
		}
		catch (ValidationException ex) {
			Notifications.error(ErrorMessages.of(this.view, ex));
		}
		catch (ConcurrentEditException ex) {
			conflict(ex);
		}
	}

	private void conflict(ConcurrentEditException ex) {
		Notifications.error(this.view.getTranslation("task.changed-meanwhile"));
	}

}
