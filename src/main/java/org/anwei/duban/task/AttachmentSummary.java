package org.anwei.duban.task;

import java.time.Instant;

/** An attachment as lists show it; the bytes are fetched only for download. */
public record AttachmentSummary(long id, long reportId, String filename, String contentType, long sizeBytes,
		String sha256, Instant uploadedAt, String uploadedBy) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
