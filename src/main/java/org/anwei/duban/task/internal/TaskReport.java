package org.anwei.duban.task.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anwei.duban.task.ReportKind;
import org.jspecify.annotations.Nullable;

/**
 * A report, review or instruction on a task. Append-only: what was said stays as it was
 * said.
 */
@Entity
@Table(name = "task_report")
public class TaskReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "task_id", nullable = false)
	private long taskId;

	@Column(name = "department_id")
	private @Nullable Long departmentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 16)
	private ReportKind kind;

	@Column(name = "text", nullable = false, length = 4000)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	protected TaskReport() {
		this.kind = ReportKind.PROGRESS;
		this.text = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	public TaskReport(long taskId, @Nullable Long departmentId, ReportKind kind, String text, String by, Instant now) {
		this.taskId = taskId;
		this.departmentId = departmentId;
		this.kind = kind;
		this.text = text;
		this.createdBy = by;
		this.createdAt = now;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getTaskId() {
		return this.taskId;
	}

	public @Nullable Long getDepartmentId() {
		return this.departmentId;
	}

	public ReportKind getKind() {
		return this.kind;
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

}
