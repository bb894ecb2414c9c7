package org.anwei.duban.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.directive.DirectiveAssignment;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectivesIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns issued directives into tasks, in the same transaction as the issuing: either the
 * directives are issued and every task exists, or neither. A task's title is the
 * directive's short title (editable in review); its content is the full sentence. A
 * directive due only on a recurrence (每月末 …) becomes a recurring series whose first
 * occurrence is issued now.
 */
@Component
class TaskIssuing {

	private final DirectiveQueries directives;

	private final TaskService tasks;

	private final SeriesService series;

	private final TaskProperties properties;

	private final Clock clock;

	TaskIssuing(DirectiveQueries directives, TaskService tasks, SeriesService series, TaskProperties properties,
			Clock clock) {
		this.directives = directives;
		this.tasks = tasks;
		this.series = series;
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
			if (directive.deadlineDate() == null && directive.recurrence() != null) {
				TaskDraft template = new TaskDraft(directive.taskTitle(), directive.text(), id, event.meetingId(),
						category, Urgency.NORMAL, lead, assisting, today());
				this.series.createFor(template, directive.recurrence());
				continue;
			}
			TaskDraft draft = new TaskDraft(directive.taskTitle(), directive.text(), id, event.meetingId(), category,
					Urgency.NORMAL, lead, assisting, java.util.Objects.requireNonNull(directive.deadlineDate()));
			this.tasks.issue(draft, this.directives.source(id));
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
	}

}
