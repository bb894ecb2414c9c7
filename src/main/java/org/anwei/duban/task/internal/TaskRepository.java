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
	 * One department's open parts within deadline and yellow-from bounds and in the given
	 * states of its own part, soonest deadline first: the ids of a liaison's my-work
	 * lists, read from the parties' index alone (ix_task_party_work).
	 */
	@Query(nativeQuery = true, value = """
			select p.task_id from task_party p
			where p.department_id = :department and p.task_status in ('ISSUED', 'IN_PROGRESS', 'SUBMITTED')
			  and p.task_deadline between :deadlineFrom and :deadlineTo and p.task_yellow_from <= :yellowTo
			  and p.state in (:states)
			order by p.task_deadline, p.task_id
			limit :limit
			""")
	java.util.List<Long> openPartsOf(@Param("department") long department,
			@Param("deadlineFrom") java.time.LocalDate deadlineFrom,
			@Param("deadlineTo") java.time.LocalDate deadlineTo, @Param("yellowTo") java.time.LocalDate yellowTo,
			@Param("states") java.util.Collection<String> states, @Param("limit") int limit);

	/** How many of {@link #openPartsOf} there are. */
	@Query(nativeQuery = true, value = """
			select count(*) from task_party p
			where p.department_id = :department and p.task_status in ('ISSUED', 'IN_PROGRESS', 'SUBMITTED')
			  and p.task_deadline between :deadlineFrom and :deadlineTo and p.task_yellow_from <= :yellowTo
			  and p.state in (:states)
			""")
	long countOpenPartsOf(@Param("department") long department, @Param("deadlineFrom") java.time.LocalDate deadlineFrom,
			@Param("deadlineTo") java.time.LocalDate deadlineTo, @Param("yellowTo") java.time.LocalDate yellowTo,
			@Param("states") java.util.Collection<String> states);

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
