package org.anwei.duban.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A directive as the review screen shows it.
 *
 * @param number the row number staff see (1, 2, …; 0 for a deleted one)
 * @param start where its source sentence starts in the document text, null for one
 * written by staff
 * @param edited true once staff changed what the engine proposed
 * @param title the short task title, or null to use the first clause of the text
 * @param candidateReason why the engine kept it as a candidate (EXHORTATION, PREAMBLE,
 * SUMMARY, COMMITMENT), for status CANDIDATE
 */
public record DirectiveDetails(long id, long version, long meetingId, long documentId, int number, List<String> path,
		@Nullable String marker, @Nullable String title, String text, @Nullable Integer start, @Nullable Integer end,
		List<DirectiveAssignment> assignments, @Nullable LocalDate deadlineDate, @Nullable Recurrence recurrence,
		@Nullable String deadlinePhrase, Set<DirectiveCategory> categories, double confidence, DirectiveOrigin origin,
		boolean edited, DirectiveStatus status, @Nullable String candidateReason, @Nullable Instant issuedAt,
		@Nullable String issuedBy) {

	public DirectiveDetails {
		path = List.copyOf(path);
		assignments = List.copyOf(assignments);
		categories = Set.copyOf(categories);
	}

	/** Below this the engine was guessing (a bare 要 sentence, no enumeration). */
	public static final double LOW_CONFIDENCE = 0.5;

	public Optional<DirectiveAssignment> lead() {
		return this.assignments.stream().filter(a -> a.role() == AssignmentRole.LEAD && a.mapped()).findFirst();
	}

	public List<DirectiveAssignment> assisting() {
		return this.assignments.stream().filter(a -> a.role() == AssignmentRole.ASSIST && a.mapped()).toList();
	}

	/** Mentions staff still have to map to a department (or drop). */
	public List<DirectiveAssignment> unmapped() {
		return this.assignments.stream().filter(a -> !a.mapped()).toList();
	}

	/**
	 * Work a person has put in: edited, written, issued or deleted. Extracting again
	 * keeps it.
	 */
	public boolean reviewed() {
		return this.edited || this.origin == DirectiveOrigin.MANUAL
				|| this.status != DirectiveStatus.PROPOSED && this.status != DirectiveStatus.CANDIDATE;
	}

	/** The task title: the set title, else the first clause of the text. */
	public String taskTitle() {
		if (this.title != null && !this.title.isBlank()) {
			return this.title;
		}
		String stripped = this.text.strip();
		int end = stripped.length();
		for (char stop : new char[] { '。', '；', ';' }) {
			int at = stripped.indexOf(stop);
			if (at > 0 && at < end) {
				end = at;
			}
		}
		String first = stripped.substring(0, end);
		return first.length() > 60 ? first.substring(0, 59) + "…" : first;
	}

	public boolean hasDeadline() {
		return this.deadlineDate != null || this.recurrence != null;
	}

	public boolean sameVersion(DirectiveRef ref) {
		return ref.id() == this.id && ref.version() == this.version;
	}

	public DirectiveRef ref() {
		return new DirectiveRef(this.id, this.version);
	}

}
