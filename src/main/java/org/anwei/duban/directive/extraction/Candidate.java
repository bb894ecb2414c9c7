package org.anwei.duban.directive.extraction;

/**
 * A sentence that looks like a requirement but probably is not one: kept apart from the
 * directives so that staff can promote it with a click, and nothing doubtful is proposed
 * as a task.
 */
public record Candidate(ExtractedDirective directive, Reason reason) {

	/** Why the sentence was not proposed as a task. */
	public enum Reason {

		/** Mind and attitude only (提高认识, 绷紧思想之弦), no work that can be checked. */
		EXHORTATION,
		/** An exhortation before the list of the real requirements. */
		PREAMBLE,
		/** The news lead that sums up the requirements detailed below. */
		SUMMARY,
		/** What the speaker or the issuing body will do itself. */
		COMMITMENT,
		/** Closing words after the list (希望大家…抓好各项工作落实), naming no work of their own. */
		CLOSING,
		/**
		 * A text with no clear requirement at all: its sentences of work, for a person to
		 * judge.
		 */
		WEAK

	}

}
