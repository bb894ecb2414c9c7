package org.anwei.duban.directive;

import java.util.List;

import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.internal.DirectiveRepository;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading directives: 安委办 staff and leaders see every meeting's requirements and where
 * each came from. Changes go through {@link DirectiveService}.
 */
@Service
public class DirectiveQueries {

	private static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "')";

	private final DirectiveReads reads;

	DirectiveQueries(DirectiveRepository repository, MeetingService meetings, DepartmentService departments) {
		this.reads = new DirectiveReads(repository, meetings, departments);
	}

	/** A document's directives in document order, deleted ones included (number 0). */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<DirectiveDetails> forDocument(long meetingId, long documentId) {
		return this.reads.forDocument(meetingId, documentId);
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public DirectiveDetails get(long id) {
		return this.reads.get(id);
	}

	/**
	 * The sentence a directive came from, with context: the trace task → directive →
	 * meeting → offsets in the document.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public DirectiveSource source(long directiveId) {
		return this.reads.source(directiveId);
	}

}
