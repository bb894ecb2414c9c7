package org.anwei.duban.meeting.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A source document: the original bytes exactly as uploaded (never modified; null for
 * pasted text), their SHA-256, and the text read from them. Immutable once stored; a
 * corrected document is uploaded again.
 */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "meeting_id", nullable = false)
	private long meetingId;

	@Column(name = "filename", nullable = false, length = 255)
	private String filename;

	@Column(name = "format", nullable = false, length = 8)
	private String format;

	@Column(name = "encoding", length = 32)
	private @Nullable String encoding;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false, length = 64, columnDefinition = "char(64)")
	private String sha256;

	// A length above 16 MB makes MySQL expect LONGBLOB (the column's type); H2 sees a
	// BLOB either way.
	@Lob
	@Column(name = "content", length = 100_000_000)
	private byte @Nullable [] content;

	// columnDefinition: LONGTEXT is reported as VARCHAR by H2 and as LONGTEXT by MySQL;
	// both validate.
	@Column(name = "text", nullable = false, columnDefinition = "longtext")
	private String text;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 64)
	private String uploadedBy;

	protected MeetingDocument() {
		this.filename = "";
		this.format = "";
		this.sha256 = "";
		this.text = "";
		this.uploadedAt = Instant.EPOCH;
		this.uploadedBy = "";
	}

	public MeetingDocument(long meetingId, String filename, String format, @Nullable String encoding, long sizeBytes,
			String sha256, byte @Nullable [] content, String text, Instant uploadedAt, String uploadedBy) {
		this.meetingId = meetingId;
		this.filename = filename;
		this.format = format;
		this.encoding = encoding;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.content = content;
		this.text = text;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getText() {
		return this.text;
	}

	public byte @Nullable [] getContent() {
		return this.content;
	}

	public String getSha256() {
		return this.sha256;
	}

}
