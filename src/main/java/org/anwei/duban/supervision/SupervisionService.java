package org.anwei.duban.supervision;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.supervision.internal.SupervisionNotice;
import org.anwei.duban.supervision.internal.SupervisionNoticeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 by hand and the notices of a supervised item. Staff urge an open item: its urge
 * count rises, a numbered 催办通知单 (Word and PDF) is stored, and the departments are
 * notified. Anyone who may see the item reads its notices.
 */
@Service
public class SupervisionService {

	/** Everyone who works with supervised items; each item's owner decides visibility. */
	static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "','" + Roles.DEPT + "')";

	private final Map<String, SupervisedItems> kinds;

	private final SupervisionNoticeRepository notices;

	private final Notices issuer;

	private final DepartmentNotifier notifier;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	SupervisionService(List<SupervisedItems> kinds, SupervisionNoticeRepository notices, Notices issuer,
			DepartmentNotifier notifier, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
		this.kinds = kinds.stream().collect(Collectors.toMap(SupervisedItems::type, Function.identity()));
		this.notices = notices;
		this.issuer = issuer;
		this.notifier = notifier;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Urges an open item of the given type ({@code TASK}, {@code HAZARD}); the comment,
	 * if any, goes into the notice and the notification.
	 */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public NoticeSummary urge(String type, long id, long version, String comment) {
		ValidationException.throwIfAny(NoticeComment.check(comment));
		SupervisedItem item = kind(type).urge(id, version, this.clock.instant());
		SupervisionNotice notice = this.issuer.issue(type, item, NoticeKind.URGE, null,
				this.currentUser.require().getUsername(), comment);
		this.notifier.tellDepartments(item.audience(), "URGE",
				LocalizedText.of("notification.urge.title", item.title(), notice.getDocumentNumber(), comment.strip()),
				comment.isBlank() ? "notification.urge.body.default" : "notification.urge.body");
		int count = item.state().getUrgeCount();
		this.auditTrail.recordChange(type, id, "URGED", item.title(),
				List.of(new FieldChange("notice", null, notice.getDocumentNumber()),
						new FieldChange("urgeCount", String.valueOf(count - 1), String.valueOf(count))));
		return notice.summary();
	}

	/** The 督办/催办 notices of an item the caller may see. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<NoticeSummary> notices(String type, long id) {
		kind(type).visible(id);
		return this.notices.summaries(type, id);
	}

	/** A notice's file as issued: PDF or Word. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public byte[] noticeFile(String type, long id, long noticeId, boolean pdf) {
		kind(type).visible(id);
		SupervisionNotice notice = this.notices.findById(noticeId)
			.filter(n -> n.isAbout(type, id))
			.orElseThrow(() -> new NotFoundException("entity.notice", noticeId));
		return pdf ? notice.getPdf() : notice.getDocx();
	}

	private SupervisedItems kind(String type) {
		SupervisedItems kind = this.kinds.get(type);
		if (kind == null) {
			throw new IllegalArgumentException("No supervised items of type " + type);
		}
		return kind;
	}

}
