package org.anwei.duban.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.Recurrence;
import org.anwei.duban.task.internal.TaskRepository;
import org.anwei.duban.task.internal.TaskSeries;
import org.anwei.duban.task.internal.TaskSeriesRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring tasks (每月末报送, 每周, 每季度 …). A series issues each occurrence as a task of its
 * own at the start of its period, due at the period's end, with its own status and
 * reports; the daily run issues the ones that come due. A series ends at its end date,
 * after its number of occurrences, or when staff stop it.
 */
@Service
public class SeriesService {

	static final String ENTITY = "TASK_SERIES";

	private final TaskSeriesRepository series;

	private final TaskRepository tasks;

	private final TaskService taskService;

	private final TaskRules rules;

	private final DirectiveQueries directives;

	private final AuditTrail auditTrail;

	private final TaskAccess access;

	private final TaskProperties properties;

	private final Clock clock;

	SeriesService(TaskSeriesRepository series, TaskRepository tasks, TaskService taskService, TaskRules rules,
			DirectiveQueries directives, AuditTrail auditTrail, CurrentUser currentUser, TaskProperties properties,
			Clock clock) {
		this.series = series;
		this.tasks = tasks;
		this.taskService = taskService;
		this.rules = rules;
		this.directives = directives;
		this.auditTrail = auditTrail;
		this.access = new TaskAccess(currentUser);
		this.properties = properties;
		this.clock = clock;
	}

	/** Creates a series written by staff and issues the occurrences already due. */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public long create(SeriesCommand command) {
		TaskCommand task = command.task();
		LocalDate start = command.startsOn() == null ? today() : command.startsOn();
		TaskCommand withDeadline = new TaskCommand(task.title(), task.content(), task.category(), task.urgency(),
				task.leadDepartmentId(), task.assistingDepartmentIds(), start);
		List<FieldError> errors = new ArrayList<>(this.rules.check(withDeadline));
		if (command.recurrence() == null) {
			errors.add(FieldError.of("task.recurrence", "validation.required"));
		}
		if (command.endsOn() != null && command.endsOn().isBefore(start)) {
			errors.add(FieldError.of("task.endsOn", "validation.task.series-end"));
		}
		if (command.maxOccurrences() != null && (command.maxOccurrences() < 1 || command.maxOccurrences() > 1000)) {
			errors.add(FieldError.of("task.maxOccurrences", "validation.task.series-count"));
		}
		ValidationException.throwIfAny(errors);
		return start(this.rules.draft(withDeadline), Objects.requireNonNull(command.recurrence()), start,
				command.endsOn(), command.maxOccurrences());
	}

	/** A series for an issued directive due on a recurrence (see {@code TaskIssuing}). */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public long createFor(TaskDraft template, Recurrence recurrence) {
		return start(template, recurrence, today(), null, null);
	}

	/** Issues every occurrence that has come due by {@code today}; returns how many. */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public int issueDue(LocalDate today) {
		int issued = 0;
		for (TaskSeries s : this.series.findByActiveTrue()) {
			issued += issueDue(s, today);
		}
		return issued;
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public void stop(long seriesId) {
		TaskSeries s = this.series.findById(seriesId)
			.orElseThrow(() -> new NotFoundException("entity.series", seriesId));
		s.stop();
		this.auditTrail.recordChange(ENTITY, seriesId, "STOPPED", s.getTitle(), List.of());
	}

	private long start(TaskDraft template, Recurrence recurrence, LocalDate start, @Nullable LocalDate endsOn,
			@Nullable Integer maxOccurrences) {
		TaskSeries s = this.series.saveAndFlush(new TaskSeries(template, recurrence, start, endsOn, maxOccurrences,
				this.access.username(), this.clock.instant()));
		long id = Objects.requireNonNull(s.getId());
		this.auditTrail.recordChange(ENTITY, id, "CREATED", s.getTitle(),
				List.of(new FieldChange("recurrence", null, recurrence.name()),
						new FieldChange("startsOn", null, start.toString())));
		issueDue(s, today());
		return id;
	}

	private int issueDue(TaskSeries s, LocalDate today) {
		int issued = 0;
		for (TaskDraft draft = s.nextDue(today); draft != null; draft = s.nextDue(today)) {
			long taskId = this.taskService.issue(draft,
					draft.directiveId() == null ? null : this.directives.source(draft.directiveId()));
			this.tasks.findById(taskId).orElseThrow().belongsTo(Objects.requireNonNull(s.getId()), s.getGenerated());
			issued++;
		}
		return issued;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
	}

}
