package org.anwei.duban.hazard.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.anwei.duban.hazard.RecheckStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HazardRecheckRepository extends JpaRepository<HazardRecheck, Long> {

	/** Hazards closed out within {@code [from, to)} that no run has drawn yet. */
	@Query("""
			select new org.anwei.duban.hazard.internal.RecheckCandidate(
			       h.id, h.level, h.responsibleDepartmentId, h.supervisingDepartmentId)
			from Hazard h
			where h.status = org.anwei.duban.hazard.HazardStatus.CLOSED
			  and h.closedAt >= :from and h.closedAt < :to
			  and not exists (select 1 from HazardRecheck r where r.hazardId = h.id)
			order by h.id
			""")
	List<RecheckCandidate> undrawnClosedBetween(@Param("from") Instant from, @Param("to") Instant to);

	/**
	 * A page of the queue with each item's hazard, in one query. Visible: any department
	 * when {@code departments} is null, else items the department owns or whose hazard it
	 * is responsible for.
	 */
	@Query("""
			select r, h from HazardRecheck r, Hazard h
			where h.id = r.hazardId
			  and (:status is null or r.status = :status)
			  and (:all = true or r.ownerDepartmentId in :departments
			       or h.responsibleDepartmentId in :departments)
			order by case when r.status = org.anwei.duban.hazard.RecheckStatus.PENDING then 0 else 1 end,
			         r.dueOn, r.id
			""")
	List<Object[]> page(@Param("status") @Nullable RecheckStatus status, @Param("all") boolean all,
			@Param("departments") Collection<Long> departments, Pageable pageable);

	@Query("""
			select count(r) from HazardRecheck r, Hazard h
			where h.id = r.hazardId
			  and (:status is null or r.status = :status)
			  and (:all = true or r.ownerDepartmentId in :departments
			       or h.responsibleDepartmentId in :departments)
			""")
	long count(@Param("status") @Nullable RecheckStatus status, @Param("all") boolean all,
			@Param("departments") Collection<Long> departments);

	List<HazardRecheck> findByHazardId(long hazardId);

}
