package org.anwei.duban.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.notification.DigestService;
import org.anwei.duban.task.internal.SupervisionNotice;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily run. First the occurrences of recurring series that have come due are issued.
 * Then, for every open task from its yellow day on: one reminder a day to its departments
 * (due soon, due today, overdue by N days); once overdue, the escalation ladder (蓝 → 黄 →
 * 红 督办, see {@link EscalationProperties}), each step a numbered 督办通知单 to the departments
 * and the leaders overseeing the lead. Then the mail digest. Running twice on a day sends
 * nothing twice.
 */
@Service
public class ReminderService {

	private final TaskRepository tasks;

	private final TaskNotifier notifier;

	private final Notices notices;

	private final DigestService digests;

	private final SeriesService series;

	private final EscalationProperties escalation;

	private final AuditTrail auditTrail;

	private final TaskAccess access;

	ReminderService(TaskRepository tasks, TaskNotifier notifier, Notices notices, DigestService digests,
			SeriesService series, EscalationProperties escalation, AuditTrail auditTrail, CurrentUser currentUser) {
		this.series = series;
		this.tasks = tasks;
		this.notifier = notifier;
		this.notices = notices;
		this.digests = digests;
		this.escalation = escalation;
		this.auditTrail = auditTrail;
		this.access = new TaskAccess(currentUser);
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public ReminderRun runFor(LocalDate today) {
		this.series.issueDue(today);
		int reminded = 0;
		int escalated = 0;
		for (Task task : this.tasks.dueForReminder(today)) {
			if (task.getCurrentDeadline().isBefore(today) && escalate(task, today)) {
				escalated++;
			}
			if (task.remindOn(today)) {
				this.notifier.tellDepartments(task, "REMINDER", reminderTitle(task, today),
						"notification.reminder.body");
				reminded++;
			}
		}
		this.tasks.flush();
		return new ReminderRun(reminded, escalated, this.digests.sendDigests());
	}

	private boolean escalate(Task task, LocalDate today) {
		long overdue = ChronoUnit.DAYS.between(task.getCurrentDeadline(), today);
		EscalationLevel level = this.escalation.levelFor(overdue);
		EscalationLevel before = task.getEscalationLevel();
		if (level == null || !task.escalateTo(level)) {
			return false;
		}
		SupervisionNotice notice = this.notices.issue(task, NoticeKind.SUPERVISE, level, this.access.username(), null);
		this.notifier.tellDepartmentsAndLeaders(task, "SUPERVISE", LocalizedText
			.of("notification.supervise.title." + level.name(), task.getTitle(), notice.getDocumentNumber(), overdue),
				"notification.supervise.body");
		this.auditTrail.recordChange(TaskService.ENTITY, java.util.Objects.requireNonNull(task.getId()), "ESCALATED",
				task.getTitle(),
				List.of(new FieldChange("escalationLevel", before == null ? null : before.name(), level.name()),
						new FieldChange("notice", null, notice.getDocumentNumber())));
		return true;
	}

	/** Arguments: the task's title, its deadline, and the days it is overdue. */
	private static LocalizedText reminderTitle(Task task, LocalDate today) {
		LocalDate deadline = task.getCurrentDeadline();
		String key = deadline.isBefore(today) ? "notification.reminder.overdue.title"
				: deadline.equals(today) ? "notification.reminder.today.title" : "notification.reminder.soon.title";
		return LocalizedText.of(key, task.getTitle(), deadline, ChronoUnit.DAYS.between(deadline, today));
	}

}
