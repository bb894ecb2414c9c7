package org.anwei.duban.supervision;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One supervised record as the supervision module sees it: what to call it, whose it is,
 * when it is due, and its {@link SupervisionState}. The owning module wraps its entity in
 * one for the length of a transaction.
 */
public interface SupervisedItem {

	long id();

	String title();

	String content();

	LocalDate originalDeadline();

	LocalDate currentDeadline();

	/** The departments to tell and the page that shows the item. */
	Audience audience();

	/**
	 * The subject of a notice's first sentence, as in {@code 你单位牵头承办的“…”任务}; notices are
	 * documents in Chinese whatever the reader's language.
	 */
	String noticeSubject();

	/** The reminder, escalation and urge state, kept in the owner's record. */
	SupervisionState state();

	default @Nullable EscalationLevel escalationLevel() {
		return state().getEscalationLevel();
	}

}
