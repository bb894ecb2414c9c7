package org.anwei.duban.directive.internal;

import java.util.List;

import org.anwei.duban.directive.DirectiveStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

	/**
	 * A document's directives in order; their collections are batch-fetched (see
	 * hibernate.default_batch_fetch_size), so no query per row.
	 */
	@Query("select d from Directive d where d.meetingId = :meetingId and d.documentId = :documentId order by d.seq, d.id")
	List<Directive> findByDocument(@Param("meetingId") long meetingId, @Param("documentId") long documentId);

	@Query("select count(d) from Directive d where d.meetingId = :meetingId and d.status = :status")
	long countByMeetingAndStatus(@Param("meetingId") long meetingId, @Param("status") DirectiveStatus status);

}
