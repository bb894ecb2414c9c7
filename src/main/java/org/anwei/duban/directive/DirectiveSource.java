package org.anwei.duban.directive;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a directive came from: the meeting, the document and the sentence, with a little
 * context either side. Tasks show it so every assignment can be traced to what was said.
 *
 * @param start index of the sentence in the document text, null for a directive written
 * by staff
 */
public record DirectiveSource(long directiveId, long meetingId, String meetingTitle, LocalDate meetingDate,
		long documentId, String documentName, @Nullable Integer start, @Nullable Integer end, String before,
		String sentence, String after) {
}
