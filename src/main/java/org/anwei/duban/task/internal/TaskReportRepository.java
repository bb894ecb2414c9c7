package org.anwei.duban.task.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskReportRepository extends JpaRepository<TaskReport, Long> {

	List<TaskReport> findByTaskIdOrderByCreatedAtAscIdAsc(long taskId);

}
