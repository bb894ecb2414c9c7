package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a document, line by line (a line of the prepared text, wrapped lines
 * already joined): only {@link Kind#BODY} lines hold requirements. Also what the frame of
 * the document says that the body needs: its addressees and its own date.
 *
 * @param addressees parties of the addressee line (各县(市、区)安委会，市直有关部门：), for items that
 * name no party of their own
 * @param documentDate the date the document gives itself (date line, publishing date),
 * for deadlines when no meeting date is known
 * @param documentYear a year the document states when no full date is known (〔2020〕1号)
 */
record Layout(List<Line> lines, List<Party> addressees, @Nullable LocalDate documentDate,
		@Nullable Integer documentYear) {

	enum Kind {

		BODY, TITLE, NUMBER, ADDRESSEE, SALUTATION, SIGNATURE, BYLINE, CHROME

	}

	/** A line {@code [start, end)} of the prepared text and what it is. */
	record Line(int start, int end, Kind kind) {
	}

	Layout {
		lines = List.copyOf(lines);
		addressees = List.copyOf(addressees);
	}

	boolean isBody(int position) {
		int low = 0;
		int high = this.lines.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Line line = this.lines.get(middle);
			if (position < line.start()) {
				high = middle - 1;
			}
			else if (position > line.end()) {
				low = middle + 1;
			}
			else {
				return line.kind() == Kind.BODY;
			}
		}
		return false;
	}

}
