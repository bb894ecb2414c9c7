package org.anwei.duban.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.anwei.duban.base.Text;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.Hashes;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.documents.DocumentReader;
import org.anwei.duban.base.documents.DocumentText;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.meeting.internal.Meeting;
import org.anwei.duban.meeting.internal.MeetingDocument;
import org.anwei.duban.meeting.internal.MeetingDocumentRepository;
import org.anwei.duban.meeting.internal.MeetingRepository;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their source documents. 安委办 staff record them; leaders read them. A
 * document keeps the original file untouched with its SHA-256 next to the text read from
 * it; the same file is not stored twice for a meeting, and an unreadable file is refused
 * with a clear message and nothing saved.
 */
@Service
public class MeetingService {

	static final String ENTITY = "MEETING";

	private static final String STAFF = "hasRole('" + Roles.STAFF + "')";

	private static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "')";

	private final MeetingRepository meetings;

	private final MeetingDocumentRepository documents;

	private final DepartmentService departments;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	MeetingService(MeetingRepository meetings, MeetingDocumentRepository documents, DepartmentService departments,
			AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
		this.meetings = meetings;
		this.documents = documents;
		this.departments = departments;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<MeetingListItem> list(MeetingFilter filter, Pageable pageable) {
		return this.meetings.findListItems(Text.containsPattern(filter.text()), filter.from(), filter.to(),
				filter.level(), filter.kind(), filter.status(), pageable);
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public long count(MeetingFilter filter) {
		return this.meetings.countListItems(Text.containsPattern(filter.text()), filter.from(), filter.to(),
				filter.level(), filter.kind(), filter.status());
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public MeetingDetails get(long id) {
		Meeting m = load(id);
		return new MeetingDetails(id, m.getVersion(), m.getTitle(), m.getDate(), m.getLevel(), m.getKind(),
				m.getChair(), m.getAttendingDepartmentIds(), m.getNotes(), m.getStatus(), this.documents.summaries(id));
	}

	@PreAuthorize(STAFF)
	@Transactional
	public MeetingDetails create(MeetingCommand command) {
		MeetingCommand normalized = normalize(command);
		ValidationException.throwIfAny(check(normalized));
		Meeting meeting = this.meetings
			.saveAndFlush(new Meeting(normalized, this.currentUser.require().getUsername(), this.clock.instant()));
		long id = Objects.requireNonNull(meeting.getId());
		this.auditTrail.recordChange(ENTITY, id, "CREATED", meeting.getTitle(),
				FieldChange.between(null, meeting.snapshot()));
		return get(id);
	}

	@PreAuthorize(STAFF)
	@Transactional
	public MeetingDetails update(long id, long expectedVersion, MeetingCommand command) {
		Meeting meeting = load(id);
		if (meeting.getVersion() != expectedVersion) {
			throw new ConcurrentEditException("entity.meeting", id);
		}
		MeetingCommand normalized = normalize(command);
		ValidationException.throwIfAny(check(normalized));
		Map<String, Object> before = meeting.snapshot();
		meeting.apply(normalized, this.clock.instant());
		OptimisticLocking.flush(this.meetings, "entity.meeting", id);
		List<FieldChange> changes = FieldChange.between(before, meeting.snapshot());
		if (!changes.isEmpty()) {
			this.auditTrail.recordChange(ENTITY, id, "UPDATED", meeting.getTitle(), changes);
		}
		return get(id);
	}

	/**
	 * Moves the meeting to the status its directives justify: 已分解 once requirements were
	 * extracted or written, 已下发 when all that remain have been issued. Called by the
	 * directive module after each change; records a change only when the status moves.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public void recordDecomposition(long id, MeetingStatus status) {
		Meeting meeting = load(id);
		if (meeting.getStatus() == status) {
			return;
		}
		Map<String, Object> before = meeting.snapshot();
		meeting.setStatus(status, this.clock.instant());
		OptimisticLocking.flush(this.meetings, "entity.meeting", id);
		this.auditTrail.recordChange(ENTITY, id, "STATUS_CHANGED", meeting.getTitle(),
				FieldChange.between(before, meeting.snapshot()));
	}

	/**
	 * Stores an uploaded .txt/.docx/.doc/.pdf file and the text read from it. Unreadable
	 * files raise a {@link org.anwei.duban.base.documents.DocumentException}; the same
	 * file twice is a validation error.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public DocumentSummary addDocument(long meetingId, String filename, byte[] content) {
		load(meetingId);
		DocumentText text = DocumentReader.read(content, filename);
		return store(meetingId, Hashes.cleanFileName(filename, "document"), text.format(), text.encoding(), content,
				text.text());
	}

	/**
	 * Stores text pasted by staff (for instance from a web page) as a document of its
	 * own.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public DocumentSummary addPastedText(long meetingId, String title, String text) {
		load(meetingId);
		if (text.isBlank()) {
			throw ValidationException.of("meeting.text", "validation.required");
		}
		if (text.length() > DocumentReader.MAX_TEXT_CHARS) {
			throw ValidationException.of("meeting.text", "validation.too-long", DocumentReader.MAX_TEXT_CHARS);
		}
		String name = title.isBlank() ? "粘贴文本" : Hashes.cleanFileName(title, "document");
		return store(meetingId, name, "pasted", "UTF-8", null, text);
	}

	/** The text of a document, exactly as directives' offsets refer to it. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public String documentText(long meetingId, long documentId) {
		return this.documents.text(meetingId, documentId)
			.orElseThrow(() -> new NotFoundException("entity.document", documentId));
	}

	/** The original file as uploaded, for download; empty for pasted text. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public byte[] documentContent(long meetingId, long documentId) {
		MeetingDocument document = this.documents.findById(documentId)
			.filter(d -> d.getMeetingId() == meetingId)
			.orElseThrow(() -> new NotFoundException("entity.document", documentId));
		return document.getContent() == null ? document.getText().getBytes(StandardCharsets.UTF_8)
				: document.getContent();
	}

	private DocumentSummary store(long meetingId, String filename, String format, @Nullable String encoding,
			byte @Nullable [] content, String text) {
		byte[] hashed = content != null ? content : text.getBytes(StandardCharsets.UTF_8);
		String sha256 = Hashes.sha256Hex(hashed);
		if (this.documents.existsByMeetingIdAndSha256(meetingId, sha256)) {
			throw ValidationException.of("meeting.document", "validation.meeting.duplicate-document", filename);
		}
		MeetingDocument document = this.documents
			.saveAndFlush(new MeetingDocument(meetingId, filename, format, encoding, hashed.length, sha256, content,
					text, this.clock.instant(), this.currentUser.require().getUsername()));
		this.auditTrail.recordChange(ENTITY, meetingId, "DOCUMENT_ADDED",
				filename + " (" + sha256.substring(0, 12) + ")", List.of());
		return this.documents.summaries(meetingId)
			.stream()
			.filter(d -> d.id() == Objects.requireNonNull(document.getId()))
			.findFirst()
			.orElseThrow();
	}

	private List<FieldError> check(MeetingCommand command) {
		List<FieldError> errors = new ArrayList<>();
		if (command.title().isEmpty()) {
			errors.add(FieldError.of("meeting.title", "validation.required"));
		}
		else if (command.title().length() > 200) {
			errors.add(FieldError.of("meeting.title", "validation.too-long", 200));
		}
		if (command.date() == null) {
			errors.add(FieldError.of("meeting.date", "validation.required"));
		}
		if (command.level() == null) {
			errors.add(FieldError.of("meeting.level", "validation.required"));
		}
		if (command.kind() == null) {
			errors.add(FieldError.of("meeting.kind", "validation.required"));
		}
		if (command.chair() != null && command.chair().length() > 100) {
			errors.add(FieldError.of("meeting.chair", "validation.too-long", 100));
		}
		if (command.notes() != null && command.notes().length() > 2000) {
			errors.add(FieldError.of("meeting.notes", "validation.too-long", 2000));
		}
		if (!command.attendingDepartmentIds().isEmpty() && this.departments.namesOf(command.attendingDepartmentIds())
			.size() != command.attendingDepartmentIds().size()) {
			errors.add(FieldError.of("meeting.attendingDepartments", "validation.user.department-missing"));
		}
		return errors;
	}

	private static MeetingCommand normalize(MeetingCommand c) {
		return new MeetingCommand(c.title().strip(), c.date(), c.level(), c.kind(), Text.blankToNull(c.chair()),
				c.attendingDepartmentIds(), Text.blankToNull(c.notes()));
	}

	private Meeting load(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new NotFoundException("entity.meeting", id));
	}

}
