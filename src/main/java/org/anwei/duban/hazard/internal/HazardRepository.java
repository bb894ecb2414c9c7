package org.anwei.duban.hazard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.HazardType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard> {

	@Query("select coalesce(max(h.numberSeq), 0) from Hazard h where h.numberYear = :year")
	int lastSequence(@Param("year") int year);

	/** Hazards the department still has to rectify, from their first reminder day on. */
	@Query("""
			select h from Hazard h
			where h.status in (org.anwei.duban.hazard.HazardStatus.REGISTERED,
			                   org.anwei.duban.hazard.HazardStatus.RECTIFYING)
			  and h.remindFrom <= :today
			order by h.timeLimit, h.id
			""")
	List<Hazard> dueForReminder(@Param("today") LocalDate today);

	List<Hazard> findByTaskId(long taskId);

	List<Hazard> findByNumberIn(java.util.Collection<String> numbers);

	List<Hazard> findByUnitKeyIn(java.util.Collection<String> unitKeys);

	/** Closed hazards of a unit, newest close-out first, of the same type or industry. */
	@Query("""
			select h from Hazard h
			where (h.unitKey = :unitKey or h.creditCode = :creditCode) and h.closedAt >= :since
			  and (h.type = :type or h.industry = :industry)
			order by h.closedAt desc
			""")
	List<Hazard> closedAtUnitSince(@Param("unitKey") String unitKey, @Param("creditCode") String creditCode,
			@Param("type") HazardType type, @Param("industry") DirectiveCategory industry,
			@Param("since") Instant since, Pageable pageable);

}
