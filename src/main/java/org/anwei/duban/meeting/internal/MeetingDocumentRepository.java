package org.anwei.duban.meeting.internal;

import java.util.List;
import java.util.Optional;

import org.anwei.duban.meeting.DocumentSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

	/** Summaries without loading contents or texts. */
	@Query("""
			select new org.anwei.duban.meeting.DocumentSummary(d.id, d.filename, d.format, d.sizeBytes, d.sha256,
			       length(d.text), d.uploadedAt, d.uploadedBy)
			from MeetingDocument d where d.meetingId = :meetingId order by d.uploadedAt, d.id
			""")
	List<DocumentSummary> summaries(@Param("meetingId") long meetingId);

	@Query("select d.text from MeetingDocument d where d.id = :id and d.meetingId = :meetingId")
	Optional<String> text(@Param("meetingId") long meetingId, @Param("id") long id);

	boolean existsByMeetingIdAndSha256(long meetingId, String sha256);

}
