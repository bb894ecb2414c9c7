package org.anwei.duban.meeting;

import java.time.Instant;

/**
 * A source document as lists show it: never its content. {@code format} is {@code txt},
 * {@code docx}, {@code doc}, {@code pdf} or {@code pasted}; {@code sha256} identifies the
 * original file.
 */
public record DocumentSummary(long id, String filename, String format, long sizeBytes, String sha256, int textLength,
		Instant uploadedAt, String uploadedBy) {
}
