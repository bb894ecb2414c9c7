package org.anwei.duban.directive;

import java.util.List;

import org.anwei.duban.directive.extraction.Headings;
import org.anwei.duban.directive.internal.Directive;
import org.anwei.duban.meeting.MeetingDetails;

/**
 * Cuts a directive's sentence, the headings it stands under and some context out of its
 * document's text.
 */
final class SourceExcerpt {

	static final int CONTEXT = 80;

	private SourceExcerpt() {
	}

	static DirectiveSource of(Directive directive, MeetingDetails meeting, String documentName, String text) {
		Integer start = directive.getSourceStart();
		Integer end = directive.getSourceEnd();
		long id = java.util.Objects.requireNonNull(directive.getId());
		if (start == null || end == null || start < 0 || end > text.length() || start > end) {
			return new DirectiveSource(id, meeting.id(), meeting.title(), meeting.date(), directive.getDocumentId(),
					documentName, null, null, List.of(), "", directive.getText(), "");
		}
		String before = text.substring(Math.max(0, start - CONTEXT), start);
		String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
		return new DirectiveSource(id, meeting.id(), meeting.title(), meeting.date(), directive.getDocumentId(),
				documentName, start, end, Headings.above(text, start), before, text.substring(start, end), after);
	}

}
