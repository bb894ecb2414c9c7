package org.anwei.duban.task.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.Recurrence;
import org.anwei.duban.task.Periods;
import org.anwei.duban.task.TaskDraft;
import org.anwei.duban.task.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A recurring task. Each occurrence is issued as a task of its own at the start of its
 * period, due at the period's end; the series ends after an end date or a number of
 * occurrences, or when staff stop it.
 */
@Entity
@Table(name = "task_series")
public class TaskSeries extends AbstractEntity {

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "content", nullable = false, length = 4000)
	private String content;

	@Column(name = "directive_id")
	private @Nullable Long directiveId;

	@Column(name = "meeting_id")
	private @Nullable Long meetingId;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 32)
	private DirectiveCategory category;

	@Enumerated(EnumType.STRING)
	@Column(name = "urgency", nullable = false, length = 16)
	private Urgency urgency;

	@Column(name = "lead_department_id", nullable = false)
	private long leadDepartmentId;

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
		this.title = "";
		this.content = "";
		this.category = DirectiveCategory.GENERAL;
		this.urgency = Urgency.NORMAL;
		this.recurrence = Recurrence.MONTHLY;
		this.startsOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	public TaskSeries(TaskDraft template, Recurrence recurrence, LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable Integer maxOccurrences, String by, Instant now) {
		this();
		this.title = template.title();
		this.content = template.content();
		this.directiveId = template.directiveId();
		this.meetingId = template.meetingId();
		this.category = template.category();
		this.urgency = template.urgency();
		this.leadDepartmentId = template.leadDepartmentId();
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
		return new TaskDraft(this.title + "（第" + this.generated + "期）", this.content, this.directiveId, this.meetingId,
				this.category, this.urgency, this.leadDepartmentId, this.assistingDepartmentIds, due);
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
		return this.title;
	}

}
