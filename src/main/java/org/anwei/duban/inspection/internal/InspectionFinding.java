package org.anwei.duban.inspection.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anwei.duban.inspection.FindingKind;
import org.jspecify.annotations.Nullable;

/**
 * What an inspection found and what it became; never changed (the hazard or task carries
 * the rest of the story). Department and district are kept here so the monthly figures
 * are counted without reaching into other modules' tables.
 */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "inspection_id", nullable = false)
	private long inspectionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 8)
	private FindingKind kind;

	@Column(name = "site", nullable = false, length = 300)
	private String site;

	@Column(name = "description", nullable = false, length = 4000)
	private String description;

	@Column(name = "department_id", nullable = false)
	private long departmentId;

	@Column(name = "district", length = 50)
	private @Nullable String district;

	@Column(name = "hazard_id")
	private @Nullable Long hazardId;

	@Column(name = "task_id")
	private @Nullable Long taskId;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected InspectionFinding() {
		this.kind = FindingKind.HAZARD;
		this.site = "";
		this.description = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	private InspectionFinding(long inspectionId, FindingKind kind, String site, String description, long departmentId,
			@Nullable String district, String by, Instant at) {
		this.inspectionId = inspectionId;
		this.kind = kind;
		this.site = site;
		this.description = description;
		this.departmentId = departmentId;
		this.district = district;
		this.createdBy = by;
		this.createdAt = at;
	}

	public static InspectionFinding hazard(long inspectionId, long hazardId, String site, String description,
			long departmentId, @Nullable String district, String by, Instant at) {
		InspectionFinding finding = new InspectionFinding(inspectionId, FindingKind.HAZARD, site, description,
				departmentId, district, by, at);
		finding.hazardId = hazardId;
		return finding;
	}

	public static InspectionFinding task(long inspectionId, long taskId, String site, String description,
			long departmentId, @Nullable String district, String by, Instant at) {
		InspectionFinding finding = new InspectionFinding(inspectionId, FindingKind.TASK, site, description,
				departmentId, district, by, at);
		finding.taskId = taskId;
		return finding;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getInspectionId() {
		return this.inspectionId;
	}

	public FindingKind getKind() {
		return this.kind;
	}

	public String getSite() {
		return this.site;
	}

	public String getDescription() {
		return this.description;
	}

	public long getDepartmentId() {
		return this.departmentId;
	}

	public @Nullable String getDistrict() {
		return this.district;
	}

	public @Nullable Long getHazardId() {
		return this.hazardId;
	}

	public @Nullable Long getTaskId() {
		return this.taskId;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
