package org.anwei.duban.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.internal.SupervisionNotice;
import org.anwei.duban.supervision.internal.SupervisionNoticeRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues numbered 督办/催办 notices: the next number of the year for the kind
 * ({@code 安委办督〔2026〕12号}), the Word and PDF files, stored with the item. Runs inside the
 * calling service's transaction; a unique index keeps numbers unique even if two staff
 * members urge at the same moment.
 */
@Component
class Notices {

	private final SupervisionNoticeRepository repository;

	private final DepartmentService departments;

	private final EscalationProperties escalation;

	private final Clock clock;

	Notices(SupervisionNoticeRepository repository, DepartmentService departments, EscalationProperties escalation,
			Clock clock) {
		this.repository = repository;
		this.departments = departments;
		this.escalation = escalation;
		this.clock = clock;
	}

	SupervisionNotice issue(String type, SupervisedItem item, NoticeKind kind, @Nullable EscalationLevel level,
			String by, @Nullable String comment) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.escalation.zone());
		long leadId = item.audience().leadDepartmentId();
		int year = today.getYear();
		int number = this.repository.lastNumber(kind, year) + 1;
		String documentNumber = this.escalation.numberPrefix() + kind.numberWord() + "〔" + year + "〕" + number + "号";
		String lead = this.departments.namesOf(List.of(leadId)).getOrDefault(leadId, "");
		NoticeDocuments.Content content = new NoticeDocuments.Content(kind == NoticeKind.SUPERVISE ? "督办通知单" : "催办通知单",
				documentNumber, lead, body(item, kind, level, comment, today), this.escalation.committee(), today);
		return this.repository.save(new SupervisionNotice(type, item.id(), leadId, kind, level, year, number,
				documentNumber, NoticeDocuments.docx(content), NoticeDocuments.pdf(content), by, this.clock.instant()));
	}

	private static List<String> body(SupervisedItem item, NoticeKind kind, @Nullable EscalationLevel level,
			@Nullable String comment, LocalDate today) {
		String levelWord = level == null ? "" : switch (level) {
			case BLUE -> "（蓝色）";
			case YELLOW -> "（黄色）";
			case RED -> "（红色）";
		};
		long overdue = java.time.temporal.ChronoUnit.DAYS.between(item.currentDeadline(), today);
		String state = overdue > 0 ? "已超期 " + overdue + " 天" : "完成时限为 " + item.currentDeadline();
		List<String> lines = new java.util.ArrayList<>(List.of(
				item.noticeSubject() + "（原定时限 " + item.originalDeadline() + "，现时限 " + item.currentDeadline() + "），"
						+ state + "。",
				"具体内容：" + item.content(), kind == NoticeKind.SUPERVISE
						? "现予以督办" + levelWord + "。请于收到本通知后 3 个工作日内报送办理情况和整改措施，逾期将按规定约谈、通报。" : "请抓紧办理，按时报送办理情况。"));
		if (comment != null && !comment.isBlank()) {
			lines.add("具体要求：" + comment.strip());
		}
		return lines;
	}

}
