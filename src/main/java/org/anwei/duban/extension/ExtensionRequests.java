package org.anwei.duban.extension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.extension.internal.ExtensionRequest;
import org.anwei.duban.extension.internal.ExtensionRequestRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension requests (延期申请) of any extendable record. The responsible department asks,
 * with a reason and a later date, one request at a time and at most the owner's limit of
 * approved ones; staff approve (the owner moves the deadline, the request keeps the day
 * asked for) or reject with a reason. Requests and decisions go into the record's
 * history.
 */
@Service
public class ExtensionRequests {

	static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "','" + Roles.DEPT + "')";

	private static final int MAX_TEXT = 1000;

	private final Map<String, ExtendableItems> kinds;

	private final ExtensionRequestRepository requests;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	ExtensionRequests(List<ExtendableItems> kinds, ExtensionRequestRepository requests, AuditTrail auditTrail,
			CurrentUser currentUser, Clock clock) {
		this.kinds = kinds.stream().collect(Collectors.toMap(ExtendableItems::type, Function.identity()));
		this.requests = requests;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('" + Roles.DEPT + "')")
	@Transactional
	public ExtensionDetails request(String type, long id, long version, String reason, @Nullable LocalDate proposed) {
		ExtendableItems kind = kind(type);
		ExtendableItems.Subject subject = kind.requestable(id, version);
		List<FieldError> errors = new ArrayList<>();
		FieldError.checkText(errors, "extension.reason", reason, true, MAX_TEXT);
		if (proposed == null) {
			errors.add(FieldError.of("extension.deadline", "validation.required"));
		}
		else if (!proposed.isAfter(subject.deadline())) {
			errors.add(FieldError.of("extension.deadline", "validation.extension.not-later", subject.deadline()));
		}
		if (!subject.open()) {
			errors.add(FieldError.of("extension.state", "validation.extension.closed"));
		}
		else if (this.requests.countBySubjectTypeAndSubjectIdAndState(type, id, ExtensionState.PENDING) > 0) {
			errors.add(FieldError.of("extension.state", "validation.extension.pending"));
		}
		else if (this.requests.countBySubjectTypeAndSubjectIdAndState(type, id, ExtensionState.APPROVED) >= kind
			.maxExtensions()) {
			errors.add(FieldError.of("extension.state", "validation.extension.limit", kind.maxExtensions()));
		}
		ValidationException.throwIfAny(errors);
		ExtensionRequest request = this.requests.saveAndFlush(new ExtensionRequest(type, id, reason.strip(),
				Objects.requireNonNull(proposed), this.currentUser.require().getUsername(), this.clock.instant()));
		kind.requested(id);
		this.auditTrail.recordChange(subject.auditType(), id, "EXTENSION_REQUESTED", subject.title(),
				List.of(new FieldChange("proposedDeadline", null, proposed.toString()),
						new FieldChange("reason", null, reason.strip())));
		return details(request);
	}

	/** Approves or rejects a pending request; rejecting needs a reason. */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public ExtensionDetails decide(long requestId, long version, boolean approve, String comment) {
		ExtensionRequest request = this.requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("entity.extension", requestId));
		if (request.getVersion() != version) {
			throw new ConcurrentEditException("entity.extension", requestId);
		}
		List<FieldError> errors = new ArrayList<>();
		FieldError.checkText(errors, "extension.comment", comment, !approve, MAX_TEXT);
		ValidationException.throwIfAny(errors);
		ExtendableItems kind = kind(request.getSubjectType());
		long id = request.getSubjectId();
		ExtendableItems.Subject subject = kind.visible(id);
		request.decide(approve, comment.isBlank() ? null : comment.strip(), this.currentUser.require().getUsername(),
				this.clock.instant());
		List<FieldChange> changes = new ArrayList<>();
		if (approve) {
			if (!subject.open()) {
				throw ValidationException.of("extension.state", "validation.extension.closed");
			}
			kind.extend(id, request.getProposedDeadline());
			changes.add(new FieldChange(subject.deadlineField(), subject.deadline().toString(),
					request.getProposedDeadline().toString()));
		}
		OptimisticLocking.flush(this.requests, "entity.extension", requestId);
		if (!comment.isBlank()) {
			changes.add(new FieldChange("comment", null, comment.strip()));
		}
		this.auditTrail.recordChange(subject.auditType(), id, approve ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED",
				subject.title(), changes);
		return details(request);
	}

	/** A record's requests, oldest first, if the caller may see the record. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<ExtensionDetails> of(String type, long id) {
		kind(type).visible(id);
		return this.requests.findBySubjectTypeAndSubjectIdOrderByRequestedAtAscIdAsc(type, id)
			.stream()
			.map(ExtensionRequests::details)
			.toList();
	}

	/** Requests of a kind waiting for a decision, oldest first (staff's queue). */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional(readOnly = true)
	public List<ExtensionDetails> pending(String type) {
		return this.requests.findBySubjectTypeAndStateOrderByRequestedAtAscIdAsc(type, ExtensionState.PENDING)
			.stream()
			.map(ExtensionRequests::details)
			.toList();
	}

	/**
	 * Requests of every kind waiting for a decision, oldest first, at most {@code limit}:
	 * staff's queue under 我的待办, each with its record's title and page.
	 */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional(readOnly = true)
	public List<PendingExtension> pendingAll(int limit) {
		return this.requests.findByStateOrderByRequestedAtAscIdAsc(ExtensionState.PENDING, Limit.of(limit))
			.stream()
			.map(r -> {
				ExtendableItems kind = kind(r.getSubjectType());
				// a handful of open requests: one look-up each is cheaper than a join per
				// kind
				return new PendingExtension(details(r), kind.visible(r.getSubjectId()).title(),
						kind.path(r.getSubjectId()));
			})
			.toList();
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional(readOnly = true)
	public long countAllPending() {
		return this.requests.countByState(ExtensionState.PENDING);
	}

	private ExtendableItems kind(String type) {
		ExtendableItems kind = this.kinds.get(type);
		if (kind == null) {
			throw new IllegalArgumentException("No extendable records of type " + type);
		}
		return kind;
	}

	private static ExtensionDetails details(ExtensionRequest e) {
		return new ExtensionDetails(Objects.requireNonNull(e.getId()), e.getVersion(), e.getSubjectType(),
				e.getSubjectId(), e.getReason(), e.getProposedDeadline(), e.getState(), e.getRequestedAt(),
				e.getRequestedBy(), e.getDecidedAt(), e.getDecidedBy(), e.getDecisionComment());
	}

}
