package org.anwei.duban.task.internal;

import java.util.List;

import org.anwei.duban.task.AttachmentSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TaskAttachmentRepository extends JpaRepository<TaskAttachment, Long> {

	/** Summaries of a task's attachments without loading their bytes. */
	@Query("""
			select new org.anwei.duban.task.AttachmentSummary(a.id, a.reportId, a.filename, a.contentType, a.sizeBytes,
			       a.sha256, a.uploadedAt, a.uploadedBy)
			from TaskAttachment a where a.taskId = :taskId order by a.id
			""")
	List<AttachmentSummary> summaries(@Param("taskId") long taskId);

}
