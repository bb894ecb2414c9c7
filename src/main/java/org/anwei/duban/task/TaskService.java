package org.anwei.duban.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.anwei.duban.evidence.Upload;
import org.anwei.duban.evidence.Evidence;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.DirectiveSource;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskAttachment;
import org.anwei.duban.task.internal.TaskAttachmentRepository;
import org.anwei.duban.task.internal.TaskReport;
import org.anwei.duban.task.internal.TaskReportRepository;
import org.anwei.duban.task.internal.TaskRepository;
import org.anwei.duban.task.internal.TaskSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with tasks. Liaisons sign, report with evidence and submit for their own
 * department (only the lead submits); staff issue, accept, return and cancel (a reason is
 * required to return or cancel); leaders add instructions (批示). Each call names the
 * version the user saw; a stale one is refused. Every step is in the task's history.
 */
@Service
public class TaskService {

	static final String ENTITY = "TASK";

	static final int MAX_TEXT = 4000;

	private static final String STAFF = "hasRole('" + Roles.STAFF + "')";

	private static final String DEPT = "hasRole('" + Roles.DEPT + "')";

	private final TaskRepository tasks;

	private final TaskReportRepository reports;

	private final TaskAttachmentRepository attachments;

	private final TaskQueries queries;

	private final TaskRules rules;

	private final TaskNotifier notifier;

	private final AuditTrail auditTrail;

	private final TaskAccess access;

	private final TaskProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TaskWords words;

	TaskService(TaskRepository tasks, TaskReportRepository reports, TaskAttachmentRepository attachments,
			TaskQueries queries, TaskRules rules, TaskNotifier notifier, AuditTrail auditTrail, CurrentUser currentUser,
			TaskProperties properties, Clock clock, ApplicationEventPublisher events, TaskWords words) {
		this.words = words;
		this.notifier = notifier;
		this.tasks = tasks;
		this.reports = reports;
		this.attachments = attachments;
		this.queries = queries;
		this.rules = rules;
		this.auditTrail = auditTrail;
		this.access = new TaskAccess(currentUser);
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/** A task written by staff, not from a meeting. */
	@PreAuthorize(STAFF)
	@Transactional
	public TaskDetails create(TaskCommand command) {
		return create(command, List.of());
	}

	/**
	 * A task written by hand, with material for the departments (the notice, a form to
	 * fill in) issued along with it. A refused file refuses the task: nothing is saved.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public TaskDetails create(TaskCommand command, List<Upload> material) {
		List<FieldError> errors = new ArrayList<>(this.rules.check(command));
		List<Evidence.Checked> checked = Evidence.checkAll(material, "task.attachments", errors);
		ValidationException.throwIfAny(errors);
		long id = issue(this.rules.draft(command), null);
		if (checked.isEmpty()) {
			return this.queries.get(id);
		}
		Task task = this.tasks.findById(id).orElseThrow();
		return saveReport(task, () -> {
		}, null, ReportKind.MATERIAL, "", checked, "MATERIAL_ADDED");
	}

	/** Issues a task for a directive, keeping the sentence it came from. */
	@PreAuthorize(STAFF)
	@Transactional
	public long issue(TaskDraft draft, @Nullable DirectiveSource source) {
		Instant now = this.clock.instant();
		LocalDate issued = LocalDate.ofInstant(now, this.properties.zone());
		Task task = new Task(draft, Deadlines.yellowFrom(issued, draft.deadline(), this.properties),
				this.access.username(), now, issued);
		if (source != null) {
			task.recordSource(new TaskSource(source));
		}
		this.tasks.saveAndFlush(task);
		this.words.index(task);
		long id = Objects.requireNonNull(task.getId());
		this.auditTrail.recordChange(ENTITY, id, "ISSUED", task.getTitle(), FieldChange.between(null, task.snapshot()));
		this.notifier.tellDepartments(task, "ISSUED",
				LocalizedText.of("notification.issued.title", task.getTitle(), task.getCurrentDeadline()),
				"notification.issued.body");
		return id;
	}

	/** The liaison signs for their department's part (签收). */
	@PreAuthorize(DEPT)
	@Transactional
	public TaskDetails sign(long taskId, long version) {
		Task task = load(taskId, version);
		long department = this.access.actingDepartment(task);
		return change(task, "SIGNED", null, () -> task.sign(department, this.access.username(), now()));
	}

	/**
	 * Names the persons responsible (责任人): the lead department's liaison, or staff. An
	 * empty text clears them.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.DEPT + "','" + Roles.STAFF + "')")
	@Transactional
	public TaskDetails assignResponsible(long taskId, long version, String persons) {
		Task task = load(taskId, version);
		if (!this.access.isStaff()) {
			this.access.actingLead(task);
		}
		if (persons.strip().length() > 200) {
			throw ValidationException.of("task.responsible", "validation.too-long", 200);
		}
		String value = persons.isBlank() ? null : persons.strip();
		return change(task, "RESPONSIBLE_ASSIGNED", null, () -> task.assignResponsible(value, now()));
	}

	/**
	 * A progress report (any signed department) or an assisting department's feedback on
	 * its part, with evidence.
	 */
	@PreAuthorize(DEPT)
	@Transactional
	public TaskDetails report(long taskId, long version, ReportKind kind, String text, List<Upload> files) {
		if (kind != ReportKind.PROGRESS && kind != ReportKind.FEEDBACK) {
			throw new IllegalArgumentException("Departments report progress or feedback, not " + kind);
		}
		Task task = load(taskId, version);
		long department = this.access.actingDepartment(task);
		List<Evidence.Checked> checked = checkReport(text, files);
		return saveReport(task, () -> task.report(department, kind == ReportKind.FEEDBACK, now()), department, kind,
				text, checked, kind.name());
	}

	/** The lead's completion report: the task waits for staff's review (待审核). */
	@PreAuthorize(DEPT)
	@Transactional
	public TaskDetails submit(long taskId, long version, String text, List<Upload> files) {
		Task task = load(taskId, version);
		long department = this.access.actingLead(task);
		List<Evidence.Checked> checked = checkReport(text, files);
		return saveReport(task, () -> {
			task.report(department, false, now());
			task.apply(TaskAction.SUBMIT, now(), today());
		}, department, ReportKind.COMPLETION, text, checked, "SUBMITTED");
	}

	@PreAuthorize(STAFF)
	@Transactional
	public TaskDetails accept(long taskId, long version, String comment) {
		TaskDetails accepted = decide(taskId, version, TaskAction.ACCEPT, comment, false);
		this.events.publishEvent(new TaskAccepted(taskId));
		return accepted;
	}

	/** Sends a submitted task back to the departments; the reason is required. */
	@PreAuthorize(STAFF)
	@Transactional
	public TaskDetails returnTask(long taskId, long version, String reason) {
		TaskDetails result = decide(taskId, version, TaskAction.RETURN, reason, true);
		this.tasks.findById(taskId)
			.ifPresent(task -> this.notifier.tellDepartments(task, "RETURNED",
					LocalizedText.of("notification.returned.title", task.getTitle(), reason.strip()),
					"notification.returned.body"));
		return result;
	}

	/** Cancels an open task; the reason is required. */
	@PreAuthorize(STAFF)
	@Transactional
	public TaskDetails cancel(long taskId, long version, String reason) {
		return decide(taskId, version, TaskAction.CANCEL, reason, true);
	}

	/**
	 * Documents staff attach to the task itself (the notice it implements, a checklist, a
	 * map), with a short description; departments see them with the task.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public TaskDetails attachMaterial(long taskId, long version, String text, List<Upload> files) {
		Task task = load(taskId, version);
		List<Evidence.Checked> checked = checkReport(text, files);
		return saveReport(task, () -> {
		}, null, ReportKind.MATERIAL, text, checked, "MATERIAL_ADDED");
	}

	/**
	 * A leader's instruction (批示) on a task they may see; the departments read it there.
	 */
	@PreAuthorize("hasRole('" + Roles.LEADER + "')")
	@Transactional
	public TaskDetails instruct(long taskId, String text) {
		Task task = this.access.requireVisible(this.tasks.findById(taskId).orElse(null), taskId);
		ValidationException.throwIfAny(TaskRules.checkText("task.text", text, true));
		TaskDetails result = saveReport(task, () -> {
		}, null, ReportKind.INSTRUCTION, text, List.of(), "INSTRUCTED");
		this.notifier.tellDepartmentsAndLeaders(task, "INSTRUCTION",
				LocalizedText.of("notification.instruction.title", task.getTitle(), text.strip()),
				"notification.instruction.body");
		return result;
	}

	private TaskDetails decide(long taskId, long version, TaskAction action, String text, boolean required) {
		Task task = load(taskId, version);
		ValidationException.throwIfAny(TaskRules.checkText("task.reason", text, required));
		if (text.isBlank()) {
			return change(task, action.name(), null, () -> task.apply(action, now(), today()));
		}
		return saveReport(task, () -> task.apply(action, now(), today()), null, ReportKind.REVIEW, text, List.of(),
				action.name());
	}

	private List<Evidence.Checked> checkReport(String text, List<Upload> files) {
		List<FieldError> errors = new ArrayList<>(TaskRules.checkText("task.text", text, true));
		List<Evidence.Checked> checked = Evidence.checkAll(files, "task.attachments", errors);
		ValidationException.throwIfAny(errors);
		return checked;
	}

	/** Moves the task, then stores what was said with its evidence, in one change. */
	private TaskDetails saveReport(Task task, Runnable transition, @Nullable Long department, ReportKind kind,
			String text, List<Evidence.Checked> files, String action) {
		long taskId = Objects.requireNonNull(task.getId());
		return change(task, action, text.strip(), () -> {
			transition.run();
			TaskReport report = this.reports
				.save(new TaskReport(taskId, department, kind, text.strip(), this.access.username(), now()));
			for (Evidence.Checked file : files) {
				this.attachments.save(new TaskAttachment(taskId, Objects.requireNonNull(report.getId()),
						file.filename(), file.contentType(), file.sha256(), file.content(), file.thumbnail(),
						this.access.username(), now()));
			}
			task.touch(now());
		});
	}

	/**
	 * Applies a change, checks the version race, and records it with old → new values.
	 */
	private TaskDetails change(Task task, String action, @Nullable String comment, Runnable mutation) {
		long id = Objects.requireNonNull(task.getId());
		Map<String, Object> before = task.snapshot();
		mutation.run();
		OptimisticLocking.flush(this.tasks, "entity.task", id);
		List<FieldChange> changes = new ArrayList<>(FieldChange.between(before, task.snapshot()));
		if (comment != null) {
			changes.add(new FieldChange("comment", null, comment));
		}
		this.auditTrail.recordChange(ENTITY, id, action, task.getTitle(), changes);
		return this.queries.get(id);
	}

	private Task load(long taskId, long version) {
		Task task = this.access.requireVisible(this.tasks.findById(taskId).orElse(null), taskId);
		if (task.getVersion() != version) {
			throw new ConcurrentEditException("entity.task", taskId);
		}
		return task;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), this.properties.zone());
	}

}
