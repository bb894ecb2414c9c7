package org.anwei.duban.task.internal;

import java.util.Collection;
import java.util.List;

import org.anwei.duban.task.ReportKind;
import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskReportRepository extends JpaRepository<TaskReport, Long> {

	List<TaskReport> findByTaskIdOrderByCreatedAtAscIdAsc(long taskId);

	/** Each task's newest report of the given kinds (the one with the highest id). */
	@Query("""
			select r from TaskReport r where r.id in (
			  select max(x.id) from TaskReport x where x.taskId in :taskIds and x.kind in :kinds group by x.taskId)
			""")
	List<TaskReport> latestOf(Collection<Long> taskIds, Collection<ReportKind> kinds);

}
