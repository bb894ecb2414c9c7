package org.anwei.duban.directive.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A piece of the prepared text between two boundaries. {@code bodyStart} skips the
 * clause's own marker; {@code sentence} numbers the sentence (。！？ or a line) it belongs
 * to, so clauses split at ； can inherit their subject from the sentence's first clause. A
 * {@code leadIn} ends with a colon and introduces a list ("各单位要重点做到以下工作："); it is not a
 * task itself.
 */
record Clause(int start, int bodyStart, int end, @Nullable Marker marker, int sentence, int paragraph, boolean leadIn) {

	String body(String text) {
		return text.substring(this.bodyStart, this.end);
	}

}
