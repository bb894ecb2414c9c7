package org.anwei.duban.supervision;

import java.util.List;

import org.anwei.duban.base.FieldError;

/** The free text staff add to a 催办 notice: optional, and as long as a page at most. */
final class NoticeComment {

	static final String FIELD = "supervision.comment";

	static final int MAX_LENGTH = 4000;

	private NoticeComment() {
	}

	static List<FieldError> check(String comment) {
		return comment.strip().length() > MAX_LENGTH ? List.of(FieldError.of(FIELD, "validation.too-long", MAX_LENGTH))
				: List.of();
	}

}
