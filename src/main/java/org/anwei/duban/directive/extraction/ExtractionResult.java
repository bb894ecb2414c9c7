package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The directives of one text, in document order; the candidates (sentences that look like
 * requirements but are probably narrative or exhortation); and the date relative
 * deadlines were resolved against (the meeting's, else the document's own).
 */
public record ExtractionResult(@Nullable LocalDate meetingDate, List<ExtractedDirective> directives,
		List<Candidate> candidates) {

	public ExtractionResult {
		directives = List.copyOf(directives);
		candidates = List.copyOf(candidates);
	}

}
