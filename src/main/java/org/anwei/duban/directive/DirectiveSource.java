package org.anwei.duban.directive;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a directive came from: the meeting, the document and the sentence, with the
 * headings it stands under and a little context either side. Tasks show it so every
 * assignment can be traced to what was said.
 *
 * @param start index of the sentence in the document text, null for a directive written
 * by staff
 * @param headings the numbered headings over the sentence, outermost first
 */
public record DirectiveSource(long directiveId, long meetingId, String meetingTitle, LocalDate meetingDate,
		long documentId, String documentName, @Nullable Integer start, @Nullable Integer end, List<String> headings,
		String before, String sentence, String after) {

	public DirectiveSource {
		headings = List.copyOf(headings);
	}

	/**
	 * The sentence and its headings without the text around it, which may carry other
	 * departments' requirements: what a department is shown.
	 */
	public DirectiveSource withoutContext() {
		return new DirectiveSource(this.directiveId, this.meetingId, this.meetingTitle, this.meetingDate,
				this.documentId, this.documentName, this.start, this.end, this.headings, "", this.sentence, "");
	}

}
