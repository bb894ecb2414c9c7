package org.anwei.duban.directive.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveOrigin;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.directive.Recurrence;
import org.jspecify.annotations.Nullable;

/**
 * A requirement of a meeting document. Only a proposed directive changes; an issued one
 * is fixed, because tasks point at it.
 */
@Entity
@Table(name = "directive")
public class Directive extends AbstractEntity {

	@Column(name = "meeting_id", nullable = false)
	private long meetingId;

	@Column(name = "document_id", nullable = false)
	private long documentId;

	@Column(name = "seq", nullable = false)
	private int seq;

	@Column(name = "section_path", length = 500)
	private @Nullable String sectionPath;

	@Column(name = "marker", length = 32)
	private @Nullable String marker;

	@Column(name = "text", nullable = false, length = 4000)
	private String text;

	@Column(name = "title", length = 200)
	private @Nullable String title;

	@Column(name = "candidate_reason", length = 16)
	private @Nullable String candidateReason;

	@Column(name = "source_start")
	private @Nullable Integer sourceStart;

	@Column(name = "source_end")
	private @Nullable Integer sourceEnd;

	@Column(name = "deadline_date")
	private @Nullable LocalDate deadlineDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "recurrence", length = 16)
	private @Nullable Recurrence recurrence;

	@Column(name = "deadline_phrase", length = 100)
	private @Nullable String deadlinePhrase;

	@Column(name = "confidence", nullable = false)
	private double confidence;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin", nullable = false, length = 16)
	private DirectiveOrigin origin;

	@Column(name = "edited", nullable = false)
	private boolean edited;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private DirectiveStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	@Column(name = "issued_at")
	private @Nullable Instant issuedAt;

	@Column(name = "issued_by", length = 64)
	private @Nullable String issuedBy;

	@ElementCollection
	@CollectionTable(name = "directive_assignment", joinColumns = @JoinColumn(name = "directive_id"))
	@OrderColumn(name = "position")
	private List<Assignment> assignments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "directive_category", joinColumns = @JoinColumn(name = "directive_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 32)
	private Set<DirectiveCategory> categories = EnumSet.noneOf(DirectiveCategory.class);

	protected Directive() {
		this.text = "";
		this.origin = DirectiveOrigin.MANUAL;
		this.status = DirectiveStatus.PROPOSED;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = "";
	}

	/** A proposal, found by the engine ({@code sourceStart} set) or written by staff. */
	public Directive(long meetingId, long documentId, int seq, DirectiveOrigin origin, String text,
			@Nullable Integer sourceStart, @Nullable Integer sourceEnd, double confidence, String by, Instant now) {
		this();
		if (text.isBlank()) {
			throw new IllegalArgumentException("A directive needs a text");
		}
		this.meetingId = meetingId;
		this.documentId = documentId;
		this.seq = seq;
		this.origin = origin;
		this.text = text;
		this.sourceStart = sourceStart;
		this.sourceEnd = sourceEnd;
		this.confidence = confidence;
		this.createdAt = now;
		this.createdBy = by;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Where it sits in the document's structure, e.g. 三、 › 1、 and its own marker. */
	public void placeInOutline(List<String> path, @Nullable String marker) {
		String joined = String.join("\u001f", path);
		this.sectionPath = joined.isEmpty() ? null : joined.length() > 500 ? joined.substring(0, 500) : joined;
		this.marker = marker == null || marker.length() <= 32 ? marker : marker.substring(0, 32);
	}

	/**
	 * The short task title (the action and its object); blank means "the first clause of
	 * the text" when the directive is issued.
	 */
	public void retitle(@Nullable String title) {
		String stripped = title == null ? null : title.strip();
		this.title = stripped == null || stripped.isEmpty() ? null
				: stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
	}

	/**
	 * Keeps a finding as a candidate (the engine judged it narrative or exhortation) with
	 * the reason; it is no task until staff promote it.
	 */
	public void markCandidate(String reason) {
		requireProposed();
		this.status = DirectiveStatus.CANDIDATE;
		this.candidateReason = reason;
	}

	/** A candidate becomes a proposal a person chose: extracting again keeps it. */
	public void promote(String by, Instant now) {
		if (this.status != DirectiveStatus.CANDIDATE) {
			throw new IllegalStateException("Only a candidate can be promoted");
		}
		this.status = DirectiveStatus.PROPOSED;
		this.edited = true;
		touch(by, now);
	}

	/** Sets what a person decided, leaving the rest as found. */
	public void setContent(String text, List<Assignment> assignments, @Nullable LocalDate deadlineDate,
			@Nullable Recurrence recurrence, @Nullable String deadlinePhrase, Set<DirectiveCategory> categories) {
		requireProposed();
		this.text = text;
		this.assignments.clear();
		this.assignments.addAll(assignments);
		this.deadlineDate = deadlineDate;
		this.recurrence = recurrence;
		this.deadlinePhrase = deadlinePhrase == null || deadlinePhrase.length() <= 100 ? deadlinePhrase
				: deadlinePhrase.substring(0, 100);
		this.categories.clear();
		this.categories.addAll(categories);
	}

	/**
	 * Work a person put in (edited, written, issued, deleted): extracting again must keep
	 * it.
	 */
	public boolean isReviewed() {
		return this.edited || this.origin == DirectiveOrigin.MANUAL
				|| this.status != DirectiveStatus.PROPOSED && this.status != DirectiveStatus.CANDIDATE;
	}

	/** True when both have a place in the source text and the places overlap. */
	public boolean overlaps(int start, int end) {
		return this.sourceStart != null && this.sourceEnd != null && this.sourceStart < end && start < this.sourceEnd;
	}

	public void markEdited(String by, Instant now) {
		this.edited = true;
		touch(by, now);
	}

	public void moveSource(@Nullable Integer start, @Nullable Integer end) {
		this.sourceStart = start;
		this.sourceEnd = end;
	}

	public void moveTo(int seq) {
		this.seq = seq;
	}

	public void discard(String by, Instant now) {
		requireProposed();
		this.status = DirectiveStatus.DISCARDED;
		touch(by, now);
	}

	public void restore(String by, Instant now) {
		if (this.status != DirectiveStatus.DISCARDED) {
			throw new IllegalStateException("Only a deleted directive can be restored");
		}
		this.status = DirectiveStatus.PROPOSED;
		touch(by, now);
	}

	public void issue(String by, Instant now) {
		requireProposed();
		this.status = DirectiveStatus.ISSUED;
		this.issuedAt = now;
		this.issuedBy = by;
		touch(by, now);
	}

	private void requireProposed() {
		if (this.status != DirectiveStatus.PROPOSED) {
			throw new IllegalStateException("Directive " + getId() + " is " + this.status + ", not PROPOSED");
		}
	}

	private void touch(String by, Instant now) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** The fields the audit trail compares. */
	public Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("text", this.text);
		snapshot.put("title", this.title == null ? "" : this.title);
		snapshot.put("assignments", this.assignments.stream().map(Assignment::toString).toList());
		snapshot.put("deadlineDate", this.deadlineDate == null ? "" : this.deadlineDate);
		snapshot.put("recurrence", this.recurrence == null ? "" : this.recurrence.name());
		snapshot.put("categories", new TreeSet<>(this.categories.stream().map(Enum::name).toList()));
		snapshot.put("source", this.sourceStart == null ? "" : this.sourceStart + "-" + this.sourceEnd);
		snapshot.put("status", this.status.name());
		return snapshot;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public long getDocumentId() {
		return this.documentId;
	}

	public int getSeq() {
		return this.seq;
	}

	public List<String> getPath() {
		return this.sectionPath == null ? List.of() : List.of(this.sectionPath.split("\u001f"));
	}

	public @Nullable String getMarker() {
		return this.marker;
	}

	public String getText() {
		return this.text;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public @Nullable String getCandidateReason() {
		return this.candidateReason;
	}

	public @Nullable Integer getSourceStart() {
		return this.sourceStart;
	}

	public @Nullable Integer getSourceEnd() {
		return this.sourceEnd;
	}

	public @Nullable LocalDate getDeadlineDate() {
		return this.deadlineDate;
	}

	public @Nullable Recurrence getRecurrence() {
		return this.recurrence;
	}

	public @Nullable String getDeadlinePhrase() {
		return this.deadlinePhrase;
	}

	public double getConfidence() {
		return this.confidence;
	}

	public DirectiveOrigin getOrigin() {
		return this.origin;
	}

	public boolean isEdited() {
		return this.edited;
	}

	public DirectiveStatus getStatus() {
		return this.status;
	}

	public @Nullable Instant getIssuedAt() {
		return this.issuedAt;
	}

	public @Nullable String getIssuedBy() {
		return this.issuedBy;
	}

	public List<Assignment> getAssignments() {
		return List.copyOf(this.assignments);
	}

	public Set<DirectiveCategory> getCategories() {
		return Set.copyOf(this.categories);
	}

}
