package org.anwei.duban.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskExtension;
import org.anwei.duban.task.internal.TaskExtensionRepository;
import org.anwei.duban.task.internal.TaskRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension requests (延期申请). The lead department asks, with a reason and a later date,
 * one request at a time and at most {@code anwei.task.max-extensions} approved ones per
 * task. Staff approve (the current deadline moves, the original stays for statistics) or
 * reject with a reason.
 */
@Service
public class ExtensionService {

	private final TaskExtensionRepository extensions;

	private final TaskRepository tasks;

	private final TaskQueries queries;

	private final AuditTrail auditTrail;

	private final TaskAccess access;

	private final TaskProperties properties;

	private final Clock clock;

	ExtensionService(TaskExtensionRepository extensions, TaskRepository tasks, TaskQueries queries,
			AuditTrail auditTrail, CurrentUser currentUser, TaskProperties properties, Clock clock) {
		this.extensions = extensions;
		this.tasks = tasks;
		this.queries = queries;
		this.auditTrail = auditTrail;
		this.access = new TaskAccess(currentUser);
		this.properties = properties;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('" + Roles.DEPT + "')")
	@Transactional
	public TaskDetails request(long taskId, long taskVersion, String reason, @Nullable LocalDate proposed) {
		Task task = this.access.requireVisible(this.tasks.findById(taskId).orElse(null), taskId);
		if (task.getVersion() != taskVersion) {
			throw new ConcurrentEditException("entity.task", taskId);
		}
		this.access.actingLead(task);
		List<FieldError> errors = new ArrayList<>(TaskRules.checkText("extension.reason", reason, true));
		if (proposed == null) {
			errors.add(FieldError.of("extension.deadline", "validation.required"));
		}
		else if (!proposed.isAfter(task.getCurrentDeadline())) {
			errors
				.add(FieldError.of("extension.deadline", "validation.extension.not-later", task.getCurrentDeadline()));
		}
		if (!task.getStatus().isOpen()) {
			errors.add(FieldError.of("extension.state", "validation.task.closed"));
		}
		else if (this.extensions.existsByTaskIdAndState(taskId, ExtensionState.PENDING)) {
			errors.add(FieldError.of("extension.state", "validation.extension.pending"));
		}
		else if (task.getExtensionCount() >= this.properties.maxExtensions()) {
			errors.add(FieldError.of("extension.state", "validation.extension.limit", this.properties.maxExtensions()));
		}
		ValidationException.throwIfAny(errors);
		this.extensions.saveAndFlush(new TaskExtension(taskId, reason.strip(), Objects.requireNonNull(proposed),
				this.access.username(), this.clock.instant()));
		task.touch(this.clock.instant());
		this.auditTrail.recordChange(TaskService.ENTITY, taskId, "EXTENSION_REQUESTED", task.getTitle(),
				List.of(new FieldChange("proposedDeadline", null, proposed.toString()),
						new FieldChange("reason", null, reason.strip())));
		return this.queries.get(taskId);
	}

	/** Approves or rejects a pending request; rejecting needs a reason. */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public TaskDetails decide(long extensionId, long version, boolean approve, String comment) {
		TaskExtension extension = this.extensions.findById(extensionId)
			.orElseThrow(() -> new NotFoundException("entity.extension", extensionId));
		if (extension.getVersion() != version) {
			throw new ConcurrentEditException("entity.extension", extensionId);
		}
		ValidationException.throwIfAny(TaskRules.checkText("extension.comment", comment, !approve));
		Task task = this.tasks.findById(extension.getTaskId()).orElseThrow();
		LocalDate before = task.getCurrentDeadline();
		extension.decide(approve, comment.isBlank() ? null : comment.strip(), this.access.username(),
				this.clock.instant());
		if (approve) {
			if (!task.getStatus().isOpen()) {
				throw ValidationException.of("extension.state", "validation.task.closed");
			}
			LocalDate issued = LocalDate.ofInstant(task.getIssuedAt(), this.properties.zone());
			task.extend(extension.getProposedDeadline(),
					Deadlines.yellowFrom(issued, extension.getProposedDeadline(), this.properties),
					this.clock.instant());
		}
		OptimisticLocking.flush(this.extensions, "entity.extension", extensionId);
		long taskId = Objects.requireNonNull(task.getId());
		List<FieldChange> changes = new ArrayList<>();
		changes.add(new FieldChange("currentDeadline", before.toString(), task.getCurrentDeadline().toString()));
		if (!comment.isBlank()) {
			changes.add(new FieldChange("comment", null, comment.strip()));
		}
		this.auditTrail.recordChange(TaskService.ENTITY, taskId, approve ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED",
				task.getTitle(), changes);
		return this.queries.get(taskId);
	}

}
