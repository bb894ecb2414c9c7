package org.anwei.duban.task.internal;

import java.util.List;

import org.anwei.duban.task.ExtensionState;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskExtensionRepository extends JpaRepository<TaskExtension, Long> {

	List<TaskExtension> findByTaskIdOrderByRequestedAtAscIdAsc(long taskId);

	List<TaskExtension> findByStateOrderByRequestedAtAscIdAsc(ExtensionState state);

	long countByState(ExtensionState state);

	boolean existsByTaskIdAndState(long taskId, ExtensionState state);

}
