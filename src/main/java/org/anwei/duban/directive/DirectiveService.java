package org.anwei.duban.directive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.internal.Directive;
import org.anwei.duban.directive.internal.DirectiveRepository;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the directives of meeting documents, from the engine's proposal to issuing
 * (下发); only 安委办 staff do. Reading is {@link DirectiveQueries}.
 * <ul>
 * <li>Extracting a document again replaces only untouched proposals and candidates:
 * anything a person edited, wrote, issued, deleted or promoted stays, and new findings
 * overlapping it are not added.</li>
 * <li>Candidates (probably narrative or exhortation) are kept apart; a person promotes
 * one to a proposal, never the engine.</li>
 * <li>Only proposed directives change; an issued one is fixed because tasks point at
 * it.</li>
 * <li>Issuing needs a lead department and a deadline on every directive, and is all or
 * nothing.</li>
 * <li>Every change names the version the user saw; a stale one is refused, never
 * overwritten.</li>
 * </ul>
 */
@Service
public class DirectiveService {

	static final String ENTITY = "DIRECTIVE";

	static final String DOCUMENT_ENTITY = "MEETING_DOCUMENT";

	private static final String STAFF = "hasRole('" + Roles.STAFF + "')";

	private final DirectiveRepository repository;

	private final DirectiveEditor editor;

	private final ExtractionService extraction;

	private final MeetingService meetings;

	private final DirectiveReads reads;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DirectiveService(DirectiveRepository repository, ExtractionService extraction, MeetingService meetings,
			DepartmentService departments, AuditTrail auditTrail, CurrentUser currentUser, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.extraction = extraction;
		this.meetings = meetings;
		this.reads = new DirectiveReads(repository, meetings, departments);
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
		this.events = events;
		this.editor = new DirectiveEditor(repository, auditTrail, clock);
	}

	/**
	 * Runs the engine on a document and stores its findings as proposals, keeping
	 * reviewed work (see the class comment).
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public ExtractionOutcome extract(long meetingId, long documentId) {
		MeetingDetails meeting = this.reads.requireDocument(meetingId, documentId);
		String text = this.meetings.documentText(meetingId, documentId);
		var result = this.extraction.extractText(text, meeting.date());
		ExtractionOutcome outcome = new ProposalMerger(this.repository, this.reads.lookup(), user(), this.clock)
			.merge(meetingId, documentId, result);
		this.auditTrail.recordChange(DOCUMENT_ENTITY, documentId, "EXTRACTED", meeting.title(),
				List.of(new FieldChange("added", null, String.valueOf(outcome.added())),
						new FieldChange("replaced", null, String.valueOf(outcome.replaced())),
						new FieldChange("kept", null, String.valueOf(outcome.kept()))));
		syncMeetingStatus(meetingId);
		return outcome;
	}

	/** Adds a directive written by staff, after {@code afterId} or at the end. */
	@PreAuthorize(STAFF)
	@Transactional
	public DirectiveDetails add(long meetingId, long documentId, @Nullable Long afterId, DirectiveCommand command) {
		this.reads.requireDocument(meetingId, documentId);
		DepartmentLookup lookup = this.reads.lookup();
		ValidationException.throwIfAny(DirectiveRules.check(command, lookup));
		Directive added = this.editor.add(meetingId, documentId, afterId, command, lookup, user());
		syncMeetingStatus(meetingId);
		return this.reads.get(Objects.requireNonNull(added.getId()));
	}

	/** Changes a proposed directive; marks it as reviewed so extraction keeps it. */
	@PreAuthorize(STAFF)
	@Transactional
	public DirectiveDetails update(DirectiveRef ref, DirectiveCommand command) {
		Directive directive = this.editor.loadProposed(ref);
		DepartmentLookup lookup = this.reads.lookup();
		ValidationException.throwIfAny(DirectiveRules.check(command, lookup));
		this.editor.update(directive, command, lookup, user());
		return this.reads.get(ref.id());
	}

	/**
	 * Deletes proposals, all or none; they stay (as 已删除) so extracting again does not
	 * bring them back, and can be restored.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public List<DirectiveDetails> discard(List<DirectiveRef> refs) {
		if (refs.isEmpty()) {
			throw ValidationException.of("directive.status", "validation.directive.nothing-selected");
		}
		List<Directive> chosen = refs.stream().map(this.editor::loadProposed).toList();
		String by = user();
		this.editor.changeStatus(chosen, "DISCARDED", d -> d.discard(by, this.clock.instant()));
		chosen.stream().map(Directive::getMeetingId).distinct().forEach(this::syncMeetingStatus);
		return this.reads.reread(chosen);
	}

	/**
	 * Takes a candidate (a sentence the engine judged narrative or exhortation) as a
	 * proposal to review and issue; it then counts as reviewed work.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public DirectiveDetails promote(DirectiveRef ref) {
		return changeFrom(ref, DirectiveStatus.CANDIDATE, "validation.directive.not-candidate", "PROMOTED",
				d -> d.promote(user(), this.clock.instant()));
	}

	@PreAuthorize(STAFF)
	@Transactional
	public DirectiveDetails restore(DirectiveRef ref) {
		return changeFrom(ref, DirectiveStatus.DISCARDED, "validation.directive.not-discarded", "RESTORED",
				d -> d.restore(user(), this.clock.instant()));
	}

	/**
	 * One status change of one directive that must be in {@code from}; audited as
	 * {@code action}.
	 */
	private DirectiveDetails changeFrom(DirectiveRef ref, DirectiveStatus from, String refusalKey, String action,
			java.util.function.Consumer<Directive> change) {
		Directive directive = this.editor.loadCurrent(ref);
		if (directive.getStatus() != from) {
			throw ValidationException.of("directive.status", refusalKey);
		}
		this.editor.changeStatus(directive, action, change);
		syncMeetingStatus(directive.getMeetingId());
		return this.reads.get(ref.id());
	}

	/**
	 * Merges proposals of one document into the first of them (in document order): texts
	 * joined, source spans united, parties united with the first lead kept, the earliest
	 * deadline. The others are deleted.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public DirectiveDetails merge(List<DirectiveRef> refs) {
		if (refs.size() < 2) {
			throw ValidationException.of("directive.merge", "validation.directive.merge-needs-two");
		}
		List<Directive> parts = refs.stream()
			.map(this.editor::loadProposed)
			.sorted(Comparator.comparingInt(Directive::getSeq))
			.toList();
		if (parts.stream().map(Directive::getDocumentId).distinct().count() > 1) {
			throw ValidationException.of("directive.merge", "validation.directive.merge-one-document");
		}
		Directive merged = this.editor.merge(parts, user());
		return this.reads.get(Objects.requireNonNull(merged.getId()));
	}

	/**
	 * Splits a proposal at a position of its text into two; the second part gets the rest
	 * of the source span when its words can be found there.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public List<DirectiveDetails> split(DirectiveRef ref, int at) {
		Directive directive = this.editor.loadProposed(ref);
		String text = directive.getText();
		if (at <= 0 || at >= text.length() || text.substring(0, at).isBlank() || text.substring(at).isBlank()) {
			throw ValidationException.of("directive.split", "validation.directive.split-position");
		}
		String source = this.meetings.documentText(directive.getMeetingId(), directive.getDocumentId());
		Directive second = this.editor.split(directive, at, source, user());
		return List.of(this.reads.get(ref.id()), this.reads.get(Objects.requireNonNull(second.getId())));
	}

	/**
	 * Issues (下发) directives of a document: all or nothing, each with a lead department
	 * and a deadline. Publishes {@link DirectivesIssued} so they become tasks.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public List<DirectiveDetails> issue(long meetingId, long documentId, List<DirectiveRef> refs) {
		this.reads.requireDocument(meetingId, documentId);
		if (refs.isEmpty()) {
			throw ValidationException.of("directive.issue", "validation.directive.nothing-to-issue");
		}
		List<DirectiveDetails> shown = this.reads.forDocument(meetingId, documentId);
		List<Directive> chosen = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (DirectiveRef ref : refs) {
			Directive directive = this.editor.loadProposed(ref);
			if (directive.getMeetingId() != meetingId || directive.getDocumentId() != documentId) {
				throw new NotFoundException("entity.directive", ref.id());
			}
			int number = shown.stream().filter(d -> d.id() == ref.id()).findFirst().orElseThrow().number();
			errors.addAll(DirectiveRules.checkIssuable(directive, number));
			chosen.add(directive);
		}
		ValidationException.throwIfAny(errors);
		String by = user();
		this.editor.changeStatus(chosen, "ISSUED", d -> d.issue(by, this.clock.instant()));
		this.events.publishEvent(new DirectivesIssued(meetingId, documentId,
				chosen.stream().map(d -> Objects.requireNonNull(d.getId())).toList(), by));
		syncMeetingStatus(meetingId);
		return this.reads.reread(chosen);
	}

	private void syncMeetingStatus(long meetingId) {
		long proposed = this.repository.countByMeetingAndStatus(meetingId, DirectiveStatus.PROPOSED);
		long issued = this.repository.countByMeetingAndStatus(meetingId, DirectiveStatus.ISSUED);
		long discarded = this.repository.countByMeetingAndStatus(meetingId, DirectiveStatus.DISCARDED);
		this.meetings.recordDecomposition(meetingId, MeetingProgress.of(proposed, issued, discarded));
	}

	private String user() {
		return this.currentUser.require().getUsername();
	}

}
