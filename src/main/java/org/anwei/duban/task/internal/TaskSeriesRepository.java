package org.anwei.duban.task.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskSeriesRepository extends JpaRepository<TaskSeries, Long> {

	List<TaskSeries> findByActiveTrue();

}
