package org.anwei.duban.supervision.internal;

import java.util.List;

import org.anwei.duban.supervision.NoticeKind;
import org.anwei.duban.supervision.NoticeSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupervisionNoticeRepository extends JpaRepository<SupervisionNotice, Long> {

	@Query("select coalesce(max(n.number), 0) from SupervisionNotice n where n.kind = :kind and n.year = :year")
	int lastNumber(@Param("kind") NoticeKind kind, @Param("year") int year);

	@Query("""
			select new org.anwei.duban.supervision.NoticeSummary(n.id, n.kind, n.level, n.documentNumber, n.issuedAt, n.issuedBy)
			from SupervisionNotice n where n.subjectType = :type and n.subjectId = :id order by n.issuedAt, n.id
			""")
	List<NoticeSummary> summaries(@Param("type") String type, @Param("id") long id);

}
