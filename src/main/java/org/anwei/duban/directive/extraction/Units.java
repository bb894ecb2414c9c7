package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cuts the body lines of a document into units: at 。！？； and line ends, at a full stop
 * written as "." between Chinese words, and before every enumerator.
 */
final class Units {

	private static final String HARD_BREAKS = "。！？!?;";

	private Units() {
	}

	static List<Unit> split(String text, Layout layout, List<Marker> markers) {
		List<Unit> units = new ArrayList<>();
		int next = 0;
		for (int lineIndex = 0; lineIndex < layout.lines().size(); lineIndex++) {
			Layout.Line line = layout.lines().get(lineIndex);
			while (next < markers.size() && markers.get(next).start() < line.start()) {
				next++;
			}
			if (line.kind() != Layout.Kind.BODY) {
				continue;
			}
			int start = line.start();
			Marker current = null;
			for (int i = line.start(); i <= line.end(); i++) {
				boolean atMarker = next < markers.size() && markers.get(next).start() == i;
				if (i == line.end()) {
					add(units, text, start, i, current, lineIndex, '\n', line.start());
					break;
				}
				if (atMarker) {
					add(units, text, start, i, current, lineIndex, (char) 0, line.start());
					start = i;
					current = markers.get(next++);
				}
				char ch = text.charAt(i);
				if (HARD_BREAKS.indexOf(ch) >= 0 || fullStop(text, i)) {
					add(units, text, start, i + 1, current, lineIndex, ch == '.' ? '。' : ch, line.start());
					start = i + 1;
					current = null;
				}
			}
		}
		return units;
	}

	/**
	 * "." ends a sentence between Chinese words (half-width punctuation), not in 1.5 or
	 * 1.
	 */
	private static boolean fullStop(String text, int i) {
		if (text.charAt(i) != '.' || i == 0 || !Characters.isHan(text.charAt(i - 1))) {
			return false;
		}
		return i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1));
	}

	private static void add(List<Unit> units, String text, int start, int end, @Nullable Marker marker, int line,
			char terminator, int lineStart) {
		boolean ownMarker = marker != null && marker.start() == start;
		int bodyStart = ownMarker ? marker.end() : start;
		while (bodyStart < end && isSpace(text.charAt(bodyStart))) {
			bodyStart++;
		}
		int bodyEnd = end;
		while (bodyEnd > bodyStart
				&& (isSpace(text.charAt(bodyEnd - 1)) || "。;！!？?,，.".indexOf(text.charAt(bodyEnd - 1)) >= 0)) {
			bodyEnd--;
		}
		if (bodyEnd <= bodyStart) {
			return;
		}
		char ended = text.charAt(bodyEnd - 1) == ':' ? ':' : terminator;
		boolean first = text.substring(lineStart, start).isBlank();
		units.add(new Unit(start, bodyStart, bodyEnd, ownMarker ? marker : null, line, ended, first));
	}

	private static boolean isSpace(char ch) {
		return Character.isWhitespace(ch) || ch == '\u3000';
	}

}
