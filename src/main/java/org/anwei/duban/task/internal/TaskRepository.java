package org.anwei.duban.task.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TaskRepository extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

	@Query("""
			select count(distinct t) from Task t join t.parties p
			where p.departmentId = :departmentId
			  and t.status in (org.anwei.duban.task.TaskStatus.ISSUED, org.anwei.duban.task.TaskStatus.IN_PROGRESS,
			                   org.anwei.duban.task.TaskStatus.SUBMITTED)
			""")
	long countOpenForDepartment(@Param("departmentId") long departmentId);

	/** Open tasks from their yellow day on: due soon, due today or overdue. */
	@Query("""
			select t from Task t
			where t.status in (org.anwei.duban.task.TaskStatus.ISSUED, org.anwei.duban.task.TaskStatus.IN_PROGRESS,
			                   org.anwei.duban.task.TaskStatus.SUBMITTED)
			  and t.yellowFrom <= :today
			order by t.currentDeadline, t.id
			""")
	java.util.List<Task> dueForReminder(@Param("today") java.time.LocalDate today);

}
