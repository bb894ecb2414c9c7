package org.anwei.duban.hazard.internal;

import java.util.List;

import org.anwei.duban.hazard.AcceptanceSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HazardAcceptanceRepository extends JpaRepository<HazardAcceptance, Long> {

	@Query("""
			select new org.anwei.duban.hazard.AcceptanceSummary(a.id, a.passed, a.conclusion, a.acceptedBy, a.acceptedAt)
			from HazardAcceptance a where a.hazardId = :hazardId order by a.acceptedAt, a.id
			""")
	List<AcceptanceSummary> summaries(@Param("hazardId") long hazardId);

}
