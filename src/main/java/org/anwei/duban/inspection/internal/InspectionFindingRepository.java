package org.anwei.duban.inspection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Findings. The monthly queries cover unannounced visits within {@code [start, end]} and
 * the findings the caller may see: all when {@code all}, else those for the departments.
 */
public interface InspectionFindingRepository extends JpaRepository<InspectionFinding, Long> {

	List<InspectionFinding> findByInspectionIdOrderById(long inspectionId);

	String UNANNOUNCED = """
			from InspectionFinding f, Inspection i
			where i.id = f.inspectionId
			  and i.kind = org.anwei.duban.inspection.InspectionKind.UNANNOUNCED
			  and i.inspectedOn >= :start and i.inspectedOn <= :end
			  and (:all = true or f.departmentId in :departments)
			""";

	@Query("select f, i " + UNANNOUNCED + " order by i.inspectedOn, i.id, f.id")
	List<Object[]> unannounced(@Param("start") LocalDate start, @Param("end") LocalDate end, @Param("all") boolean all,
			@Param("departments") Collection<Long> departments);

	/** Department id, findings, of them hazards; most findings first. */
	@Query("select f.departmentId, count(f), sum(case when f.kind = org.anwei.duban.inspection.FindingKind.HAZARD"
			+ " then 1 else 0 end) " + UNANNOUNCED + " group by f.departmentId order by count(f) desc")
	List<Object[]> unannouncedByDepartment(@Param("start") LocalDate start, @Param("end") LocalDate end,
			@Param("all") boolean all, @Param("departments") Collection<Long> departments);

	/** District, findings, of them hazards; most findings first. */
	@Query("select coalesce(f.district, ''), count(f), sum(case when f.kind = org.anwei.duban.inspection.FindingKind.HAZARD"
			+ " then 1 else 0 end) " + UNANNOUNCED + " group by coalesce(f.district, '') order by count(f) desc")
	List<Object[]> unannouncedByDistrict(@Param("start") LocalDate start, @Param("end") LocalDate end,
			@Param("all") boolean all, @Param("departments") Collection<Long> departments);

}
