package org.anwei.duban.task.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.directive.Recurrence;
import org.anwei.duban.task.Periods;
import org.anwei.duban.task.TaskDraft;
import org.jspecify.annotations.Nullable;

/**
 * A recurring task. Each occurrence is issued as a task of its own at the start of its
 * period, due at the period's end; the series ends after an end date or a number of
 * occurrences, or when staff stop it.
 */
@Entity
@Table(name = "task_series")
public class TaskSeries extends AbstractEntity {

	@Embedded
	private TaskSubject subject;

	@Enumerated(EnumType.STRING)
	@Column(name = "recurrence", nullable = false, length = 16)
	private Recurrence recurrence;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	@Column(name = "max_occurrences")
	private @Nullable Integer maxOccurrences;

	@Column(name = "generated", nullable = false)
	private int generated;

	@Column(name = "active", nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@ElementCollection
	@CollectionTable(name = "task_series_assisting", joinColumns = @JoinColumn(name = "series_id"))
	@Column(name = "department_id", nullable = false)
	private Set<Long> assistingDepartmentIds = new TreeSet<>();

	protected TaskSeries() {
		this.subject = new TaskSubject();
		this.recurrence = Recurrence.MONTHLY;
		this.startsOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	public TaskSeries(TaskDraft template, Recurrence recurrence, LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable Integer maxOccurrences, String by, Instant now) {
		this();
		this.subject = new TaskSubject(template);
		this.assistingDepartmentIds.addAll(template.assistingDepartmentIds());
		this.recurrence = recurrence;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.maxOccurrences = maxOccurrences;
		this.active = true;
		this.createdBy = by;
		this.createdAt = now;
	}

	/**
	 * The next occurrence to issue by {@code today}, or null when none is due yet or the
	 * series has ended. Marks it as generated.
	 */
	public @Nullable TaskDraft nextDue(LocalDate today) {
		if (!this.active || (this.maxOccurrences != null && this.generated >= this.maxOccurrences)) {
			return null;
		}
		LocalDate periodStart = Periods.occurrenceStart(this.recurrence, this.startsOn, this.generated);
		LocalDate due = Periods.periodEnd(this.recurrence, periodStart);
		if (periodStart.isAfter(today) || (this.endsOn != null && due.isAfter(this.endsOn))) {
			return null;
		}
		this.generated++;
		TaskSubject t = this.subject;
		return new TaskDraft(t.getTitle() + "（第" + this.generated + "期）", t.getContent(), t.getDirectiveId(),
				t.getMeetingId(), t.getCategory(), t.getUrgency(), t.getLeadDepartmentId(), this.assistingDepartmentIds,
				due);
	}

	public void stop() {
		this.active = false;
	}

	public int getGenerated() {
		return this.generated;
	}

	public Recurrence getRecurrence() {
		return this.recurrence;
	}

	public boolean isActive() {
		return this.active;
	}

	public String getTitle() {
		return this.subject.getTitle();
	}

}
