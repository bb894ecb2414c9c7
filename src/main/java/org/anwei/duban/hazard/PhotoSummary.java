package org.anwei.duban.hazard;

import java.time.Instant;

/** A photo or document of a hazard, without its bytes. */
public record PhotoSummary(long id, PhotoPhase phase, String filename, String contentType, long sizeBytes,
		String uploadedBy, Instant uploadedAt) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
