package org.anwei.duban.task;

import java.util.List;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.task.internal.SupervisionNotice;
import org.anwei.duban.task.internal.SupervisionNoticeRepository;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 by hand and the notices of a task. Staff urge an open task: its urge count rises, a
 * numbered 催办通知单 (Word and PDF) is stored, and the departments are notified.
 */
@Service
public class SupervisionService {

	private final TaskRepository tasks;

	private final SupervisionNoticeRepository notices;

	private final Notices issuer;

	private final TaskNotifier notifier;

	private final TaskQueries queries;

	private final AuditTrail auditTrail;

	private final TaskAccess access;

	private final java.time.Clock clock;

	SupervisionService(TaskRepository tasks, SupervisionNoticeRepository notices, Notices issuer, TaskNotifier notifier,
			TaskQueries queries, AuditTrail auditTrail, CurrentUser currentUser, java.time.Clock clock) {
		this.tasks = tasks;
		this.notices = notices;
		this.issuer = issuer;
		this.notifier = notifier;
		this.queries = queries;
		this.auditTrail = auditTrail;
		this.access = new TaskAccess(currentUser);
		this.clock = clock;
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public TaskDetails urge(long taskId, long version, String comment) {
		Task task = this.tasks.findById(taskId).orElseThrow(() -> new NotFoundException("entity.task", taskId));
		if (task.getVersion() != version) {
			throw new ConcurrentEditException("entity.task", taskId);
		}
		ValidationException.throwIfAny(TaskRules.checkText("task.text", comment, false));
		task.urged(this.clock.instant());
		OptimisticLocking.flush(this.tasks, "entity.task", taskId);
		SupervisionNotice notice = this.issuer.issue(task, NoticeKind.URGE, null, this.access.username(), comment);
		this.notifier.tellDepartments(task, "URGE",
				LocalizedText.of("notification.urge.title", task.getTitle(), notice.getDocumentNumber(),
						comment.strip()),
				comment.isBlank() ? "notification.urge.body.default" : "notification.urge.body");
		this.auditTrail.recordChange(TaskService.ENTITY, taskId, "URGED", task.getTitle(),
				List.of(new FieldChange("notice", null, notice.getDocumentNumber()), new FieldChange("urgeCount",
						String.valueOf(task.getUrgeCount() - 1), String.valueOf(task.getUrgeCount()))));
		return this.queries.get(taskId);
	}

	/** The 督办/催办 notices of a task the caller may see. */
	@PreAuthorize(TaskQueries.READERS)
	@Transactional(readOnly = true)
	public List<NoticeSummary> notices(long taskId) {
		this.access.requireVisible(this.tasks.findById(taskId).orElse(null), taskId);
		return this.notices.summaries(taskId);
	}

	/** A notice's file as issued: PDF or Word. */
	@PreAuthorize(TaskQueries.READERS)
	@Transactional(readOnly = true)
	public byte[] noticeFile(long taskId, long noticeId, boolean pdf) {
		this.access.requireVisible(this.tasks.findById(taskId).orElse(null), taskId);
		SupervisionNotice notice = this.notices.findById(noticeId)
			.filter(n -> n.getTaskId() == taskId)
			.orElseThrow(() -> new NotFoundException("entity.notice", noticeId));
		return pdf ? notice.getPdf() : notice.getDocx();
	}

}
