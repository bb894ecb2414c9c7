package org.anwei.duban.report.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A template of the monthly report a committee uploaded, kept with who and when; one
 * without a file records a return to the built-in template.
 */
@Entity
@Table(name = "report_template")
public class ReportTemplate extends AbstractEntity {

	@Column(name = "file_name", length = 255)
	private @Nullable String fileName;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "docx", length = 100_000_000)
	private byte @Nullable [] docx;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 64)
	private String uploadedBy;

	protected ReportTemplate() {
		this.uploadedAt = Instant.EPOCH;
		this.uploadedBy = "";
	}

	public ReportTemplate(@Nullable String fileName, byte @Nullable [] docx, String by, Instant at) {
		this.fileName = fileName;
		this.docx = docx;
		this.uploadedBy = by;
		this.uploadedAt = at;
	}

	public byte @Nullable [] getDocx() {
		return this.docx;
	}

	public @Nullable String getFileName() {
		return this.fileName;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
