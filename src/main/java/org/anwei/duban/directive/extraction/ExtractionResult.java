package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The directives of one text, in document order, and the meeting date relative deadlines
 * were resolved against.
 */
public record ExtractionResult(@Nullable LocalDate meetingDate, List<ExtractedDirective> directives) {

	public ExtractionResult {
		directives = List.copyOf(directives);
	}

}
