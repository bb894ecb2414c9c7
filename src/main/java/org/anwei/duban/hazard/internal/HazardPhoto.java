package org.anwei.duban.hazard.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.anwei.duban.evidence.Evidence;
import org.anwei.duban.hazard.PhotoPhase;
import org.jspecify.annotations.Nullable;

/**
 * A photo or document of a hazard as checked by the evidence module: the original bytes
 * (never modified), their SHA-256, the type decided by content, a thumbnail for photos.
 */
@Entity
@Table(name = "hazard_photo")
public class HazardPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "hazard_id", nullable = false)
	private long hazardId;

	@Enumerated(EnumType.STRING)
	@Column(name = "phase", nullable = false, length = 16)
	private PhotoPhase phase;

	@Column(name = "filename", nullable = false, length = 255)
	private String filename;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "sha256", nullable = false, length = 64)
	private String sha256;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "content", nullable = false, length = 100_000_000)
	private byte[] content;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "thumbnail", length = 100_000_000)
	private byte @Nullable [] thumbnail;

	@Column(name = "uploaded_by", nullable = false, length = 64)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected HazardPhoto() {
		this.phase = PhotoPhase.BEFORE;
		this.filename = "";
		this.contentType = "";
		this.sha256 = "";
		this.content = new byte[0];
		this.uploadedBy = "";
		this.uploadedAt = Instant.EPOCH;
	}

	public HazardPhoto(long hazardId, PhotoPhase phase, Evidence.Checked file, String by, Instant now) {
		this.hazardId = hazardId;
		this.phase = phase;
		this.filename = file.filename();
		this.contentType = file.contentType();
		this.sha256 = file.sha256();
		this.sizeBytes = file.content().length;
		this.content = file.content();
		this.thumbnail = file.thumbnail();
		this.uploadedBy = by;
		this.uploadedAt = now;
	}

	public long getHazardId() {
		return this.hazardId;
	}

	public String getFilename() {
		return this.filename;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getContent() {
		return this.content;
	}

	public byte @Nullable [] getThumbnail() {
		return this.thumbnail;
	}

}
