package org.anwei.duban.directive.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A sentence or semicolon clause of the body, in the prepared text. {@code bodyStart}
 * skips its own marker; {@code end} drops trailing punctuation. {@code terminator} is
 * what ended it: 。 ; : or {@code \n} at a line end, {@code 0} where the next item's
 * marker begins.
 */
record Unit(int start, int bodyStart, int end, @Nullable Marker marker, int line, char terminator, boolean lineStart) {

	String body(String text) {
		return text.substring(this.bodyStart, this.end);
	}

	int length() {
		return this.end - this.bodyStart;
	}

	boolean endsLine() {
		return this.terminator == '\n';
	}

}
