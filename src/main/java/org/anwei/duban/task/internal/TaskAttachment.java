package org.anwei.duban.task.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * Evidence attached to a report: the original bytes as uploaded (never modified), their
 * SHA-256, the type decided by content, and a small thumbnail for photos.
 */
@Entity
@Table(name = "task_attachment")
public class TaskAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "task_id", nullable = false)
	private long taskId;

	@Column(name = "report_id", nullable = false)
	private long reportId;

	@Column(name = "filename", nullable = false, length = 255)
	private String filename;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false, length = 64, columnDefinition = "char(64)")
	private String sha256;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "content", nullable = false, length = 100_000_000)
	private byte[] content;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "thumbnail", length = 100_000_000)
	private byte @Nullable [] thumbnail;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 64)
	private String uploadedBy;

	protected TaskAttachment() {
		this.filename = "";
		this.contentType = "";
		this.sha256 = "";
		this.content = new byte[0];
		this.uploadedAt = Instant.EPOCH;
		this.uploadedBy = "";
	}

	public TaskAttachment(long taskId, long reportId, String filename, String contentType, String sha256,
			byte[] content, byte @Nullable [] thumbnail, String by, Instant now) {
		this.taskId = taskId;
		this.reportId = reportId;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.thumbnail = thumbnail;
		this.uploadedBy = by;
		this.uploadedAt = now;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getTaskId() {
		return this.taskId;
	}

	public byte[] getContent() {
		return this.content;
	}

	public byte @Nullable [] getThumbnail() {
		return this.thumbnail;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

}
