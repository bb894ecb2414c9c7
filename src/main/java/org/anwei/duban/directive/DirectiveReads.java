package org.anwei.duban.directive;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.directive.internal.Directive;
import org.anwei.duban.directive.internal.DirectiveRepository;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentService;

/**
 * Reading directives as records, shared by {@link DirectiveQueries} and
 * {@link DirectiveService}; runs inside their secured transactions.
 */
final class DirectiveReads {

	private final DirectiveRepository repository;

	private final MeetingService meetings;

	private final DepartmentService departments;

	DirectiveReads(DirectiveRepository repository, MeetingService meetings, DepartmentService departments) {
		this.repository = repository;
		this.meetings = meetings;
		this.departments = departments;
	}

	/** A document's directives in order, numbered; deleted ones get number 0. */
	List<DirectiveDetails> forDocument(long meetingId, long documentId) {
		requireDocument(meetingId, documentId);
		return DirectiveMapper.toDetails(this.repository.findByDocument(meetingId, documentId), lookup());
	}

	DirectiveDetails get(long id) {
		Directive directive = load(id);
		return reread(List.of(directive)).getFirst();
	}

	/** The given directives as stored, numbered, with one query per document. */
	List<DirectiveDetails> reread(List<Directive> changed) {
		Set<Long> ids = changed.stream().map(d -> Objects.requireNonNull(d.getId())).collect(Collectors.toSet());
		DepartmentLookup lookup = lookup();
		return changed.stream()
			.map(d -> List.of(d.getMeetingId(), d.getDocumentId()))
			.distinct()
			.flatMap(doc -> DirectiveMapper.toDetails(this.repository.findByDocument(doc.get(0), doc.get(1)), lookup)
				.stream())
			.filter(d -> ids.contains(d.id()))
			.toList();
	}

	DirectiveSource source(long directiveId) {
		Directive directive = load(directiveId);
		MeetingDetails meeting = this.meetings.get(directive.getMeetingId());
		String documentName = meeting.documents()
			.stream()
			.filter(d -> d.id() == directive.getDocumentId())
			.findFirst()
			.orElseThrow()
			.filename();
		String text = this.meetings.documentText(directive.getMeetingId(), directive.getDocumentId());
		return SourceExcerpt.of(directive, meeting, documentName, text);
	}

	/** The meeting, when the document is one of its own; else not found. */
	MeetingDetails requireDocument(long meetingId, long documentId) {
		MeetingDetails meeting = this.meetings.get(meetingId);
		if (meeting.documents().stream().noneMatch(d -> d.id() == documentId)) {
			throw new NotFoundException("entity.document", documentId);
		}
		return meeting;
	}

	DepartmentLookup lookup() {
		return new DepartmentLookup(this.departments.directory());
	}

	private Directive load(long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("entity.directive", id));
	}

}
