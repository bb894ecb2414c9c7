package org.anwei.duban.task;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

public record ReportDetails(long id, @Nullable Long departmentId, @Nullable String departmentName, ReportKind kind,
		String text, Instant createdAt, String createdBy, List<AttachmentSummary> attachments) {

	public ReportDetails {
		attachments = List.copyOf(attachments);
	}

}
