package org.anwei.duban.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.directive.DirectiveAssignment;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectivesIssued;
import org.anwei.duban.directive.Recurrence;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns issued directives into tasks, in the same transaction as the issuing: either the
 * directives are issued and every task exists, or neither. A directive due on a
 * recurrence only gets the end of the current period as its deadline.
 */
@Component
class TaskIssuing {

	private final DirectiveQueries directives;

	private final TaskService tasks;

	private final TaskProperties properties;

	private final Clock clock;

	TaskIssuing(DirectiveQueries directives, TaskService tasks, TaskProperties properties, Clock clock) {
		this.directives = directives;
		this.tasks = tasks;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(DirectivesIssued event) {
		for (long id : event.directiveIds()) {
			DirectiveDetails directive = this.directives.get(id);
			long lead = directive.lead().map(DirectiveAssignment::departmentId).orElseThrow();
			Set<Long> assisting = directive.assisting()
				.stream()
				.map(DirectiveAssignment::departmentId)
				.collect(Collectors.toSet());
			DirectiveCategory category = directive.categories()
				.stream()
				.filter(c -> c != DirectiveCategory.GENERAL)
				.min(Comparator.naturalOrder())
				.orElse(DirectiveCategory.GENERAL);
			TaskDraft draft = new TaskDraft(title(directive.text()), directive.text(), id, event.meetingId(), category,
					Urgency.NORMAL, lead, assisting, deadline(directive));
			this.tasks.issue(draft, this.directives.source(id));
		}
	}

	private LocalDate deadline(DirectiveDetails directive) {
		if (directive.deadlineDate() != null) {
			return directive.deadlineDate();
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
		Recurrence recurrence = java.util.Objects.requireNonNull(directive.recurrence());
		return switch (recurrence) {
			case WEEKLY -> today.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.FRIDAY));
			case MONTHLY -> today.with(TemporalAdjusters.lastDayOfMonth());
			case QUARTERLY ->
				today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 3).with(TemporalAdjusters.lastDayOfMonth());
			case HALF_YEARLY ->
				today.withMonth(today.getMonthValue() <= 6 ? 6 : 12).with(TemporalAdjusters.lastDayOfMonth());
			case YEARLY -> today.with(TemporalAdjusters.lastDayOfYear());
		};
	}

	/** A short title: the first clause of the text, at most 60 characters. */
	static String title(String text) {
		String stripped = text.strip();
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

}
