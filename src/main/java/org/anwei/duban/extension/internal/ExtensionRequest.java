package org.anwei.duban.extension.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.extension.ExtensionState;
import org.jspecify.annotations.Nullable;

/** An extension request (延期申请) for a task, a hazard …, and staff's decision on it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends AbstractEntity {

	@Column(name = "subject_type", nullable = false, length = 16)
	private String subjectType;

	@Column(name = "subject_id", nullable = false)
	private long subjectId;

	@Column(name = "reason", nullable = false, length = 1000)
	private String reason;

	@Column(name = "proposed_deadline", nullable = false)
	private LocalDate proposedDeadline;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 16)
	private ExtensionState state;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "requested_by", nullable = false, length = 64)
	private String requestedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decided_by", length = 64)
	private @Nullable String decidedBy;

	@Column(name = "decision_comment", length = 1000)
	private @Nullable String decisionComment;

	protected ExtensionRequest() {
		this.subjectType = "";
		this.reason = "";
		this.proposedDeadline = LocalDate.EPOCH;
		this.state = ExtensionState.PENDING;
		this.requestedAt = Instant.EPOCH;
		this.requestedBy = "";
	}

	public ExtensionRequest(String subjectType, long subjectId, String reason, LocalDate proposedDeadline, String by,
			Instant now) {
		this();
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.reason = reason;
		this.proposedDeadline = proposedDeadline;
		this.requestedBy = by;
		this.requestedAt = now;
	}

	public void decide(boolean approve, @Nullable String comment, String by, Instant now) {
		if (this.state != ExtensionState.PENDING) {
			throw ValidationException.of("extension.state", "validation.extension.decided");
		}
		this.state = approve ? ExtensionState.APPROVED : ExtensionState.REJECTED;
		this.decisionComment = comment;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public long getSubjectId() {
		return this.subjectId;
	}

	public String getReason() {
		return this.reason;
	}

	public LocalDate getProposedDeadline() {
		return this.proposedDeadline;
	}

	public ExtensionState getState() {
		return this.state;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable String getDecidedBy() {
		return this.decidedBy;
	}

	public @Nullable String getDecisionComment() {
		return this.decisionComment;
	}

}
