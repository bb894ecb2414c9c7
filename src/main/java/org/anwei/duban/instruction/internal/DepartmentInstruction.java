package org.anwei.duban.instruction.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;

/** A leader's instruction to a department; never changed once given. */
@Entity
@Table(name = "department_instruction")
public class DepartmentInstruction extends AbstractEntity {

	@Column(name = "department_id", nullable = false)
	private long departmentId;

	@Column(name = "text", nullable = false, length = 2000)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_by_name", nullable = false, length = 100)
	private String createdByName;

	protected DepartmentInstruction() {
		this.text = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.createdByName = "";
	}

	public DepartmentInstruction(long departmentId, String text, String createdBy, String createdByName, Instant now) {
		this.departmentId = departmentId;
		this.text = text;
		this.createdBy = createdBy;
		this.createdByName = createdByName;
		this.createdAt = now;
	}

	public long getDepartmentId() {
		return this.departmentId;
	}

	public String getText() {
		return this.text;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

}
