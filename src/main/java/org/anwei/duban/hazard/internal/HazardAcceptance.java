package org.anwei.duban.hazard.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One acceptance check (验收) as recorded; never changed. */
@Entity
@Table(name = "hazard_acceptance")
public class HazardAcceptance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "hazard_id", nullable = false)
	private long hazardId;

	@Column(name = "passed", nullable = false)
	private boolean passed;

	@Column(name = "conclusion", nullable = false, length = 2000)
	private String conclusion;

	@Column(name = "accepted_by", nullable = false, length = 64)
	private String acceptedBy;

	@Column(name = "accepted_at", nullable = false)
	private Instant acceptedAt;

	protected HazardAcceptance() {
		this.conclusion = "";
		this.acceptedBy = "";
		this.acceptedAt = Instant.EPOCH;
	}

	public HazardAcceptance(long hazardId, boolean passed, String conclusion, String by, Instant now) {
		this.hazardId = hazardId;
		this.passed = passed;
		this.conclusion = conclusion;
		this.acceptedBy = by;
		this.acceptedAt = now;
	}

}
