package org.anwei.duban.inspection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.anwei.duban.inspection.InspectionKind;
import org.anwei.duban.inspection.InspectionListItem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Inspections. Scope: every inspection when {@code all}, else those with one of the
 * departments on the team or with a finding for one of them.
 */
public interface InspectionRepository extends JpaRepository<Inspection, Long> {

	String MATCHES = """
			where (:text is null or lower(i.title) like :text or lower(i.teamLeader) like :text
			       or lower(i.teamMembers) like :text)
			  and (:kind is null or i.kind = :kind)
			  and (:from is null or i.inspectedOn >= :from)
			  and (:to is null or i.inspectedOn <= :to)
			  and (:all = true
			       or exists (select 1 from Inspection j join j.departmentIds d where j.id = i.id and d in :departments)
			       or exists (select 1 from InspectionFinding f where f.inspectionId = i.id and f.departmentId in :departments))
			""";

	@Query("""
			select new org.anwei.duban.inspection.InspectionListItem(i.id, i.inspectedOn, i.kind, i.title,
			       i.teamLeader, i.district, size(i.sites),
			       (select count(f) from InspectionFinding f where f.inspectionId = i.id))
			from Inspection i
			""" + MATCHES + """
			order by i.inspectedOn desc, i.id desc
			""")
	List<InspectionListItem> page(@Param("text") @Nullable String text, @Param("kind") @Nullable InspectionKind kind,
			@Param("from") @Nullable LocalDate from, @Param("to") @Nullable LocalDate to, @Param("all") boolean all,
			@Param("departments") Collection<Long> departments, Pageable pageable);

	@Query("select count(i) from Inspection i " + MATCHES)
	long count(@Param("text") @Nullable String text, @Param("kind") @Nullable InspectionKind kind,
			@Param("from") @Nullable LocalDate from, @Param("to") @Nullable LocalDate to, @Param("all") boolean all,
			@Param("departments") Collection<Long> departments);

}
