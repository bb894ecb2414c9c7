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

	/**
	 * One department's parts whose task is in one of the statuses, with its current
	 * deadline and yellow-from day within inclusive bounds, and the department's own part
	 * in one of the states; soonest deadline first, then by task: a page of a liaison's
	 * task list or my-work list, read from the parties' index alone (ix_task_party_work).
	 */
	@Query(nativeQuery = true, value = """
			select p.task_id from task_party p
			where p.department_id = :department and p.task_status in (:statuses)
			  and p.task_deadline between :deadlineFrom and :deadlineTo
			  and p.task_yellow_from between :yellowFrom and :yellowTo
			  and p.state in (:states)
			order by p.task_deadline, p.task_id
			limit :limit offset :offset
			""")
	java.util.List<Long> partsOf(@Param("department") long department,
			@Param("statuses") java.util.Collection<String> statuses,
			@Param("deadlineFrom") java.time.LocalDate deadlineFrom,
			@Param("deadlineTo") java.time.LocalDate deadlineTo, @Param("yellowFrom") java.time.LocalDate yellowFrom,
			@Param("yellowTo") java.time.LocalDate yellowTo, @Param("states") java.util.Collection<String> states,
			@Param("offset") long offset, @Param("limit") int limit);

	/** How many of {@link #partsOf} there are. */
	@Query(nativeQuery = true, value = """
			select count(*) from task_party p
			where p.department_id = :department and p.task_status in (:statuses)
			  and p.task_deadline between :deadlineFrom and :deadlineTo
			  and p.task_yellow_from between :yellowFrom and :yellowTo
			  and p.state in (:states)
			""")
	long countPartsOf(@Param("department") long department, @Param("statuses") java.util.Collection<String> statuses,
			@Param("deadlineFrom") java.time.LocalDate deadlineFrom,
			@Param("deadlineTo") java.time.LocalDate deadlineTo, @Param("yellowFrom") java.time.LocalDate yellowFrom,
			@Param("yellowTo") java.time.LocalDate yellowTo, @Param("states") java.util.Collection<String> states);

	/**
	 * The tasks whose title or content has every one of the pairs (see
	 * {@code SearchGrams}), at most {@code limit} of them.
	 */
	@Query(nativeQuery = true, value = """
			select w.task_id from task_word w where w.gram in (:grams)
			group by w.task_id having count(*) = :pairs
			limit :limit
			""")
	java.util.List<Long> havingAllPairs(@Param("grams") java.util.Collection<Long> grams, @Param("pairs") long pairs,
			@Param("limit") int limit);

}
