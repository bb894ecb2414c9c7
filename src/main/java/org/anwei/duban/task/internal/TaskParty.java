package org.anwei.duban.task.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.anwei.duban.task.PartyRole;
import org.anwei.duban.task.PartyState;
import org.anwei.duban.task.TaskStatus;
import org.jspecify.annotations.Nullable;

/** A department's part in a task and its own progress. */
@Embeddable
public class TaskParty {

	@Column(name = "department_id", nullable = false)
	private long departmentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 8)
	private PartyRole role;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 16)
	private PartyState state;

	@Column(name = "signed_at")
	private @Nullable Instant signedAt;

	@Column(name = "signed_by", length = 64)
	private @Nullable String signedBy;

	/*
	 * The task's status, current deadline and yellow-from day, kept here by the task: a
	 * department's own lists and counts (my work) then read only the department's parties
	 * through one index (ix_task_party_work), not every task the department has a part
	 * in.
	 */
	@Enumerated(EnumType.STRING)
	@Column(name = "task_status", nullable = false, length = 16)
	private TaskStatus taskStatus = TaskStatus.ISSUED;

	@Column(name = "task_deadline", nullable = false)
	private LocalDate taskDeadline = LocalDate.EPOCH;

	@Column(name = "task_yellow_from", nullable = false)
	private LocalDate taskYellowFrom = LocalDate.EPOCH;

	protected TaskParty() {
		this.role = PartyRole.ASSIST;
		this.state = PartyState.PENDING;
	}

	public TaskParty(long departmentId, PartyRole role) {
		this.departmentId = departmentId;
		this.role = role;
		this.state = PartyState.PENDING;
	}

	void sign(String by, Instant now) {
		this.state = PartyState.SIGNED;
		this.signedAt = now;
		this.signedBy = by;
	}

	void follow(TaskStatus status, LocalDate deadline, LocalDate yellowFrom) {
		this.taskStatus = status;
		this.taskDeadline = deadline;
		this.taskYellowFrom = yellowFrom;
	}

	void reported() {
		this.state = PartyState.REPORTED;
	}

	void reopen() {
		if (this.state == PartyState.REPORTED) {
			this.state = PartyState.SIGNED;
		}
	}

	public long getDepartmentId() {
		return this.departmentId;
	}

	public PartyRole getRole() {
		return this.role;
	}

	public PartyState getState() {
		return this.state;
	}

	public @Nullable Instant getSignedAt() {
		return this.signedAt;
	}

	public @Nullable String getSignedBy() {
		return this.signedBy;
	}

}
