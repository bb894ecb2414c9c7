package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The headings a place in a document stands under: the numbered sections (一、…, （一）…, 1.
 * …) that contain it, outermost first, each cut at its first sentence. They tell a reader
 * what part of a speech or notice a requirement belongs to without showing the
 * neighbouring requirements, which may be other departments' business.
 */
public final class Headings {

	/** A heading longer than this is a lead-in sentence, not a title: it is cut here. */
	static final int MAX_LENGTH = 60;

	/** An item's first sentence is its title when it is this short and asks nothing. */
	static final int MAX_TITLE = 24;

	private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile("要|应|须|请|务必|负责");

	private Headings() {
	}

	/** The headings over {@code position}, an index into {@code input}. */
	public static List<String> above(String input, int position) {
		NormalizedText prepared = NormalizedText.of(input);
		String text = prepared.text();
		int at = normalizedIndex(prepared, position);
		Layout layout = LayoutReader.read(text, DepartmentDirectory.empty());
		List<Marker> markers = Marker.find(text, layout);
		Outline outline = Outline.of(markers, text.length());
		List<String> headings = new ArrayList<>();
		for (Marker marker : markers) {
			if (marker.inline() || marker.start() >= at || !outline.contains(marker, at)) {
				continue;
			}
			int end = sentenceEnd(text, marker.start());
			// as written, not as normalized for reading
			String heading = input.substring(prepared.originalIndex(marker.start()), prepared.originalEnd(end)).strip();
			if (outline.isSection(marker)) {
				headings.add(end - marker.start() >= MAX_LENGTH ? heading + "…" : heading);
			}
			else if (end < at && heading.length() <= MAX_TITLE && !ASKS.matcher(heading).find()) {
				headings.add(heading);
			}
		}
		return headings;
	}

	private static int normalizedIndex(NormalizedText prepared, int position) {
		int length = prepared.text().length();
		for (int i = 0; i < length; i++) {
			if (prepared.originalIndex(i) >= position) {
				return i;
			}
		}
		return length;
	}

	/**
	 * The end of the first sentence from {@code start}, at most {@link #MAX_LENGTH} on.
	 */
	private static int sentenceEnd(String text, int start) {
		int end = start;
		while (end < text.length() && end - start < MAX_LENGTH && "\n。；;：:".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return end;
	}

}
