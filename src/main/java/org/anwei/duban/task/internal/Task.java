package org.anwei.duban.task.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveSource;
import org.anwei.duban.supervision.EscalationLevel;
import org.anwei.duban.supervision.SupervisionState;
import org.anwei.duban.task.PartyRole;
import org.anwei.duban.task.PartyState;
import org.anwei.duban.task.TaskAction;
import org.anwei.duban.task.TaskDraft;
import org.anwei.duban.task.TaskLifecycle;
import org.anwei.duban.task.TaskStatus;
import org.anwei.duban.task.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A task and the departments with a part in it. Its status only moves through
 * {@link TaskLifecycle}; the original deadline never changes, the current one only by an
 * approved extension.
 */
@Entity
@Table(name = "task")
public class Task extends AbstractEntity {

	@Embedded
	private TaskSubject subject;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private TaskStatus status;

	@Column(name = "original_deadline", nullable = false)
	private LocalDate originalDeadline;

	@Column(name = "current_deadline", nullable = false)
	private LocalDate currentDeadline;

	@Column(name = "yellow_from", nullable = false)
	private LocalDate yellowFrom;

	@Column(name = "extension_count", nullable = false)
	private int extensionCount;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "issued_by", nullable = false, length = 64)
	private String issuedBy;

	@Column(name = "last_activity_at", nullable = false)
	private Instant lastActivityAt;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	@Column(name = "completed_on")
	private @Nullable LocalDate completedOn;

	@Column(name = "return_count", nullable = false)
	private int returnCount;

	@Embedded
	private @Nullable TaskSource source;

	@Embedded
	private SupervisionState supervision = new SupervisionState();

	@Column(name = "responsible_persons", length = 200)
	private @Nullable String responsiblePersons;

	@Column(name = "series_id")
	private @Nullable Long seriesId;

	@Column(name = "occurrence")
	private @Nullable Integer occurrence;

	@ElementCollection
	@CollectionTable(name = "task_party", joinColumns = @JoinColumn(name = "task_id"))
	private List<TaskParty> parties = new ArrayList<>();

	protected Task() {
		this.subject = new TaskSubject();
		this.status = TaskStatus.ISSUED;
		this.originalDeadline = LocalDate.EPOCH;
		this.currentDeadline = LocalDate.EPOCH;
		this.yellowFrom = LocalDate.EPOCH;
		this.issuedAt = Instant.EPOCH;
		this.issuedOn = LocalDate.EPOCH;
		this.issuedBy = "";
		this.lastActivityAt = Instant.EPOCH;
	}

	/**
	 * A task issued now ({@code today} in the committee's zone) to a lead department and
	 * any assisting ones.
	 */
	public Task(TaskDraft draft, LocalDate yellowFrom, String issuedBy, Instant now, LocalDate today) {
		this();
		this.subject = new TaskSubject(draft);
		this.originalDeadline = draft.deadline();
		this.currentDeadline = draft.deadline();
		this.yellowFrom = yellowFrom;
		this.issuedAt = now;
		this.issuedOn = today;
		this.issuedBy = issuedBy;
		this.lastActivityAt = now;
		this.parties.add(new TaskParty(draft.leadDepartmentId(), PartyRole.LEAD));
		draft.assistingDepartmentIds()
			.stream()
			.filter(id -> id != draft.leadDepartmentId())
			.sorted()
			.forEach(id -> this.parties.add(new TaskParty(id, PartyRole.ASSIST)));
		partiesFollow();
	}

	/** The parties keep the task's status and deadlines (see TaskParty). */
	private void partiesFollow() {
		this.parties.forEach(p -> p.follow(this.status, this.currentDeadline, this.yellowFrom));
	}

	/**
	 * A department signs for its part; the lead's signature starts the task (待签收 → 办理中).
	 */
	public void sign(long departmentId, String by, Instant now) {
		TaskParty party = requireParty(departmentId);
		if (party.getState() != PartyState.PENDING || !this.status.isOpen()) {
			throw ValidationException.of("task.status", "validation.task.already-signed");
		}
		if (party.getRole() == PartyRole.LEAD) {
			this.status = TaskLifecycle.next(this.status, TaskAction.SIGN);
			partiesFollow();
		}
		party.sign(by, now);
		this.lastActivityAt = now;
	}

	/** A progress report or an assisting department's feedback: only once signed. */
	public void report(long departmentId, boolean assistingFeedback, Instant now) {
		TaskParty party = requireParty(departmentId);
		if (party.getState() == PartyState.PENDING) {
			throw ValidationException.of("task.status", "validation.task.sign-first");
		}
		if (!this.status.isOpen()) {
			throw ValidationException.of("task.status", "validation.task.closed");
		}
		if (assistingFeedback) {
			if (party.getRole() != PartyRole.ASSIST) {
				throw ValidationException.of("task.status", "validation.task.feedback-is-for-assisting");
			}
			party.reported();
		}
		this.lastActivityAt = now;
	}

	/**
	 * Moves the task by a staff decision or the lead's completion report; {@code today}
	 * is the committee's calendar day, kept as the day of completion.
	 */
	public void apply(TaskAction action, Instant now, LocalDate today) {
		this.status = TaskLifecycle.next(this.status, action);
		if (action == TaskAction.RETURN) {
			this.parties.forEach(TaskParty::reopen);
			this.returnCount++;
		}
		partiesFollow();
		boolean done = this.status == TaskStatus.DONE;
		this.completedAt = done ? now : null;
		this.completedOn = done ? today : null;
		this.lastActivityAt = now;
	}

	/** An approved extension: the current deadline moves, the original stays. */
	public void extend(LocalDate deadline, LocalDate yellowFrom, Instant now) {
		this.currentDeadline = deadline;
		this.yellowFrom = yellowFrom;
		partiesFollow();
		this.extensionCount++;
		this.lastActivityAt = now;
	}

	public void assignResponsible(@Nullable String persons, Instant now) {
		if (!this.status.isOpen()) {
			throw ValidationException.of("task.status", "validation.task.closed");
		}
		this.responsiblePersons = persons;
		this.lastActivityAt = now;
	}

	public @Nullable String getResponsiblePersons() {
		return this.responsiblePersons;
	}

	/** This task is occurrence {@code n} (1-based) of a recurring series. */
	public void belongsTo(long seriesId, int n) {
		this.seriesId = seriesId;
		this.occurrence = n;
	}

	public @Nullable Long getSeriesId() {
		return this.seriesId;
	}

	public @Nullable Integer getOccurrence() {
		return this.occurrence;
	}

	public void recordSource(TaskSource source) {
		this.source = source;
	}

	public @Nullable DirectiveSource source() {
		return this.source == null || this.subject.getDirectiveId() == null || this.subject.getMeetingId() == null
				? null : this.source.toRecord(this.subject.getDirectiveId(), this.subject.getMeetingId());
	}

	/** Reminders, 督办 level and urges, kept by the supervision module's rules. */
	public SupervisionState supervision() {
		return this.supervision;
	}

	public void urged(Instant now) {
		if (!this.status.isOpen()) {
			throw ValidationException.of("task.status", "validation.task.closed");
		}
		this.supervision.urged();
		this.lastActivityAt = now;
	}

	public @Nullable EscalationLevel getEscalationLevel() {
		return this.supervision.getEscalationLevel();
	}

	public int getUrgeCount() {
		return this.supervision.getUrgeCount();
	}

	public void touch(Instant now) {
		this.lastActivityAt = now;
	}

	public Optional<TaskParty> party(long departmentId) {
		return this.parties.stream().filter(p -> p.getDepartmentId() == departmentId).findFirst();
	}

	private TaskParty requireParty(long departmentId) {
		return party(departmentId)
			.orElseThrow(() -> ValidationException.of("task.status", "validation.task.not-a-party"));
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("title", this.subject.getTitle());
		snapshot.put("status", this.status.name());
		snapshot.put("currentDeadline", this.currentDeadline);
		snapshot.put("extensionCount", this.extensionCount);
		snapshot.put("responsiblePersons", this.responsiblePersons == null ? "" : this.responsiblePersons);
		snapshot.put("parties",
				this.parties.stream().map(p -> p.getDepartmentId() + ":" + p.getRole() + ":" + p.getState()).toList());
		return snapshot;
	}

	public String getTitle() {
		return this.subject.getTitle();
	}

	public String getContent() {
		return this.subject.getContent();
	}

	public @Nullable Long getDirectiveId() {
		return this.subject.getDirectiveId();
	}

	public @Nullable Long getMeetingId() {
		return this.subject.getMeetingId();
	}

	public DirectiveCategory getCategory() {
		return this.subject.getCategory();
	}

	public Urgency getUrgency() {
		return this.subject.getUrgency();
	}

	public long getLeadDepartmentId() {
		return this.subject.getLeadDepartmentId();
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public LocalDate getOriginalDeadline() {
		return this.originalDeadline;
	}

	public LocalDate getCurrentDeadline() {
		return this.currentDeadline;
	}

	public LocalDate getYellowFrom() {
		return this.yellowFrom;
	}

	public int getExtensionCount() {
		return this.extensionCount;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	public String getIssuedBy() {
		return this.issuedBy;
	}

	public Instant getLastActivityAt() {
		return this.lastActivityAt;
	}

	public @Nullable LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public int getReturnCount() {
		return this.returnCount;
	}

	public @Nullable Instant getCompletedAt() {
		return this.completedAt;
	}

	public List<TaskParty> getParties() {
		return List.copyOf(this.parties);
	}

}
