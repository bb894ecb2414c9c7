package org.anwei.duban.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.meeting.MeetingCommand;
import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.meeting.MeetingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A meeting. Attending departments are referenced by id (they belong to the organization
 * module).
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "meeting_date", nullable = false)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "level", nullable = false, length = 16)
	private MeetingLevel level;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 32)
	private MeetingKind kind;

	@Column(name = "chair", length = 100)
	private @Nullable String chair;

	@Column(name = "notes", length = 2000)
	private @Nullable String notes;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private MeetingStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "department_id", nullable = false)
	private Set<Long> attendingDepartmentIds = new TreeSet<>();

	protected Meeting() {
		this.title = "";
		this.date = LocalDate.EPOCH;
		this.level = MeetingLevel.CITY;
		this.kind = MeetingKind.OTHER;
		this.status = MeetingStatus.DRAFT;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.updatedAt = Instant.EPOCH;
	}

	public Meeting(MeetingCommand command, String createdBy, Instant now) {
		this();
		this.createdAt = now;
		this.createdBy = createdBy;
		apply(command, now);
	}

	/** Takes over a validated command. */
	public void apply(MeetingCommand command, Instant now) {
		if (command.title().isBlank() || command.date() == null || command.level() == null || command.kind() == null) {
			throw new IllegalArgumentException("A meeting needs a title, a date, a level and a kind");
		}
		this.title = command.title();
		this.date = command.date();
		this.level = command.level();
		this.kind = command.kind();
		this.chair = command.chair();
		this.notes = command.notes();
		this.attendingDepartmentIds.clear();
		this.attendingDepartmentIds.addAll(command.attendingDepartmentIds());
		this.updatedAt = now;
	}

	/**
	 * The decomposition progress, as the directive module reports it; not part of the
	 * form.
	 */
	public void setStatus(MeetingStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("title", this.title);
		snapshot.put("date", this.date);
		snapshot.put("level", this.level.name());
		snapshot.put("kind", this.kind.name());
		snapshot.put("chair", this.chair == null ? "" : this.chair);
		snapshot.put("attendingDepartmentIds", new TreeSet<>(this.attendingDepartmentIds));
		snapshot.put("notes", this.notes == null ? "" : this.notes);
		snapshot.put("status", this.status.name());
		return snapshot;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public MeetingLevel getLevel() {
		return this.level;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public @Nullable String getChair() {
		return this.chair;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public Set<Long> getAttendingDepartmentIds() {
		return Set.copyOf(this.attendingDepartmentIds);
	}

}
