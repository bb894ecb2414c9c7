package org.anwei.duban.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.notification.DigestService;
import org.anwei.duban.supervision.internal.SupervisionNotice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily run. Each kind of supervised item first does its own daily work (tasks issue
 * the occurrences of recurring series that came due). Then, for every open item from its
 * first reminder day on: one reminder a day to its departments (due soon, due today,
 * overdue by N days); once overdue, the escalation ladder (蓝 → 黄 → 红 督办, see
 * {@link EscalationProperties}), each step a numbered 督办通知单 to the departments and the
 * leaders overseeing the lead. Then the mail digest. Running twice on a day sends nothing
 * twice.
 */
@Service
public class ReminderService {

	private final List<SupervisedItems> kinds;

	private final DepartmentNotifier notifier;

	private final Notices notices;

	private final DigestService digests;

	private final EscalationProperties escalation;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	ReminderService(List<SupervisedItems> kinds, DepartmentNotifier notifier, Notices notices, DigestService digests,
			EscalationProperties escalation, AuditTrail auditTrail, CurrentUser currentUser) {
		this.kinds = kinds;
		this.notifier = notifier;
		this.notices = notices;
		this.digests = digests;
		this.escalation = escalation;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public ReminderRun runFor(LocalDate today) {
		int reminded = 0;
		int escalated = 0;
		for (SupervisedItems kind : this.kinds) {
			kind.beforeDailyRun(today);
			for (SupervisedItem item : kind.dueForReminder(today)) {
				if (item.currentDeadline().isBefore(today) && escalate(kind, item, today)) {
					escalated++;
				}
				if (item.state().remindOn(today)) {
					this.notifier.tellDepartments(item.audience(), "REMINDER", reminderTitle(kind, item, today),
							kind.reminderKeys() + "body");
					reminded++;
				}
			}
		}
		return new ReminderRun(reminded, escalated, this.digests.sendDigests());
	}

	private boolean escalate(SupervisedItems kind, SupervisedItem item, LocalDate today) {
		long overdue = ChronoUnit.DAYS.between(item.currentDeadline(), today);
		EscalationLevel level = this.escalation.levelFor(overdue);
		EscalationLevel before = item.escalationLevel();
		if (level == null || !item.state().escalateTo(level)) {
			return false;
		}
		SupervisionNotice notice = this.notices.issue(kind.type(), item, NoticeKind.SUPERVISE, level,
				this.currentUser.require().getUsername(), null);
		this.notifier.tellDepartmentsAndLeaders(item.audience(), "SUPERVISE", LocalizedText
			.of("notification.supervise.title." + level.name(), item.title(), notice.getDocumentNumber(), overdue),
				"notification.supervise.body");
		this.auditTrail.recordChange(kind.type(), item.id(), "ESCALATED", item.title(),
				List.of(new FieldChange("escalationLevel", before == null ? null : before.name(), level.name()),
						new FieldChange("notice", null, notice.getDocumentNumber())));
		return true;
	}

	/** Arguments: the item's title, its deadline, and the days it is overdue. */
	private static LocalizedText reminderTitle(SupervisedItems kind, SupervisedItem item, LocalDate today) {
		LocalDate deadline = item.currentDeadline();
		String when = deadline.isBefore(today) ? "overdue.title"
				: deadline.equals(today) ? "today.title" : "soon.title";
		return LocalizedText.of(kind.reminderKeys() + when, item.title(), deadline,
				ChronoUnit.DAYS.between(deadline, today));
	}

}
