package org.anwei.duban.hazard.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.hazard.RecheckStatus;
import org.jspecify.annotations.Nullable;

/**
 * A closed hazard drawn for a second look (回头看), its owner and, once recorded, the
 * result.
 */
@Entity
@Table(name = "hazard_recheck")
public class HazardRecheck extends AbstractEntity {

	@Column(name = "hazard_id", nullable = false)
	private long hazardId;

	@Column(name = "owner_department_id", nullable = false)
	private long ownerDepartmentId;

	@Column(name = "sampled_on", nullable = false)
	private LocalDate sampledOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private RecheckStatus status;

	@Column(name = "finding", length = 2000)
	private @Nullable String finding;

	@Column(name = "checked_by", length = 64)
	private @Nullable String checkedBy;

	@Column(name = "checked_at")
	private @Nullable Instant checkedAt;

	@Column(name = "rebound_hazard_id")
	private @Nullable Long reboundHazardId;

	protected HazardRecheck() {
		this.sampledOn = LocalDate.EPOCH;
		this.dueOn = LocalDate.EPOCH;
		this.status = RecheckStatus.PENDING;
	}

	public HazardRecheck(long hazardId, long ownerDepartmentId, LocalDate sampledOn, LocalDate dueOn) {
		this.hazardId = hazardId;
		this.ownerDepartmentId = ownerDepartmentId;
		this.sampledOn = sampledOn;
		this.dueOn = dueOn;
		this.status = RecheckStatus.PENDING;
	}

	/**
	 * Records the result once; {@code reboundHazardId} is the hazard registered for a
	 * rebound.
	 */
	public void record(String finding, String by, Instant at, @Nullable Long reboundHazardId) {
		this.status = reboundHazardId == null ? RecheckStatus.HELD : RecheckStatus.REBOUND;
		this.finding = finding;
		this.checkedBy = by;
		this.checkedAt = at;
		this.reboundHazardId = reboundHazardId;
	}

	public long getHazardId() {
		return this.hazardId;
	}

	public long getOwnerDepartmentId() {
		return this.ownerDepartmentId;
	}

	public LocalDate getSampledOn() {
		return this.sampledOn;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public RecheckStatus getStatus() {
		return this.status;
	}

	public @Nullable String getFinding() {
		return this.finding;
	}

	public @Nullable String getCheckedBy() {
		return this.checkedBy;
	}

	public @Nullable Instant getCheckedAt() {
		return this.checkedAt;
	}

	public @Nullable Long getReboundHazardId() {
		return this.reboundHazardId;
	}

}
