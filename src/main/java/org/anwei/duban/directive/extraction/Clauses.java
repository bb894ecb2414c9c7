package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cuts the prepared text into clauses: at 。；！？ and line breaks, and before every
 * enumerator.
 */
final class Clauses {

	private static final String HARD_BREAKS = "。！？!?；;\n";

	private static final String SENTENCE_ENDS = "。！？!?\n";

	private Clauses() {
	}

	static List<Clause> split(String text, List<Marker> markers) {
		List<Clause> clauses = new ArrayList<>();
		int start = 0;
		int sentence = 0;
		int paragraph = 0;
		int next = 0;
		Marker current = null;
		for (int i = 0; i <= text.length(); i++) {
			boolean atMarker = next < markers.size() && markers.get(next).start() == i;
			if (atMarker || i == text.length()) {
				add(clauses, text, start, i, current, sentence, paragraph);
				start = i;
				current = atMarker ? markers.get(next++) : null;
				if (i == text.length()) {
					break;
				}
			}
			char ch = text.charAt(i);
			if (HARD_BREAKS.indexOf(ch) >= 0) {
				add(clauses, text, start, i + 1, current, sentence, paragraph);
				start = i + 1;
				current = null;
				sentence += SENTENCE_ENDS.indexOf(ch) >= 0 ? 1 : 0;
				paragraph += ch == '\n' ? 1 : 0;
			}
		}
		return clauses;
	}

	private static void add(List<Clause> clauses, String text, int start, int end, @Nullable Marker marker,
			int sentence, int paragraph) {
		boolean ownMarker = marker != null && marker.start() == start;
		int bodyStart = ownMarker ? marker.end() : start;
		while (bodyStart < end && Character.isWhitespace(text.charAt(bodyStart))) {
			bodyStart++;
		}
		int bodyEnd = end;
		while (bodyEnd > bodyStart && (Character.isWhitespace(text.charAt(bodyEnd - 1))
				|| "。；;！!？?,，".indexOf(text.charAt(bodyEnd - 1)) >= 0)) {
			bodyEnd--;
		}
		if (bodyEnd > bodyStart) {
			boolean leadIn = text.charAt(bodyEnd - 1) == ':';
			clauses.add(new Clause(start, bodyStart, bodyEnd, ownMarker ? marker : null, sentence, paragraph, leadIn));
		}
	}

}
