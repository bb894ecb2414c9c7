package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.anwei.duban.base.SearchGrams;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskParty;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The task list's filters as SQL conditions. The light is a date comparison against the
 * stored current deadline and yellow-from day, so it filters and pages in the database.
 */
final class TaskSpecifications {

	private static final List<TaskStatus> OPEN = List.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS,
			TaskStatus.SUBMITTED);

	private static final List<TaskStatus> CLOSED = List.of(TaskStatus.DONE, TaskStatus.CANCELLED);

	private TaskSpecifications() {
	}

	static Specification<Task> of(TaskFilter filter, @Nullable Set<Long> visibleDepartments, TaskFigures.Moment now) {
		return of(filter, visibleDepartments, now, filter.figure() != null, null);
	}

	/**
	 * The filter's conditions, the text's search narrowed to the given tasks (found in
	 * the word index, see {@link TaskTextIndex}; null: compared with all).
	 */
	static Specification<Task> of(TaskFilter filter, @Nullable Set<Long> visibleDepartments, TaskFigures.Moment now,
			@Nullable Collection<Long> textCandidates) {
		return of(filter, visibleDepartments, now, filter.figure() != null, textCandidates);
	}

	/**
	 * The filter's conditions; {@code byLead} matches the department filter and the
	 * caller's scope against the lead department only (as dashboard figures count).
	 */
	static Specification<Task> of(TaskFilter filter, @Nullable Set<Long> visibleDepartments, TaskFigures.Moment now,
			boolean byLead, @Nullable Collection<Long> textCandidates) {
		LocalDate today = now.today();
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (visibleDepartments != null) {
				where.add(visibleDepartments.isEmpty() ? cb.disjunction()
						: byLead ? root.get("subject").get("leadDepartmentId").in(visibleDepartments)
								: hasParty(root, query, cb, visibleDepartments));
			}
			if (filter.departmentId() != null) {
				where.add(byLead ? cb.equal(root.get("subject").get("leadDepartmentId"), filter.departmentId())
						: hasParty(root, query, cb, Set.of(filter.departmentId())));
			}
			FigureFilter figure = filter.figure();
			if (figure != null) {
				where.add(TaskFigures.of(figure.figure(), figure.period(), root, cb, now));
			}
			if (filter.text() != null && !filter.text().isBlank()) {
				where.add(text(root, cb, filter.text().strip(), textCandidates));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.meetingId() != null) {
				where.add(cb.equal(root.get("subject").get("meetingId"), filter.meetingId()));
			}
			if (filter.category() != null) {
				where.add(cb.equal(root.get("subject").get("category"), filter.category()));
			}
			if (filter.deadlineFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("currentDeadline"), filter.deadlineFrom()));
			}
			if (filter.deadlineTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("currentDeadline"), filter.deadlineTo()));
			}
			if (filter.light() != null) {
				where.add(light(root, cb, filter.light(), today));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Open tasks in which the department's own part is still to be signed. */
	static Specification<Task> waitingForSignature(long departmentId) {
		return (root, query, cb) -> cb.and(root.get("status").in(OPEN), root.get("id")
			.in(tasksWithParty(query, cb, Set.of(departmentId), org.anwei.duban.task.PartyState.PENDING)));
	}

	/**
	 * Tasks not yet done or cancelled, named by their open states so that a count reads
	 * the status index instead of every task.
	 */
	static Specification<Task> open() {
		return (root, query, cb) -> root.get("status").in(OPEN);
	}

	/** Tasks accepted as done at or after the instant. */
	static Specification<Task> completedSince(java.time.Instant since) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("status"), TaskStatus.DONE),
				cb.greaterThanOrEqualTo(root.get("completedAt"), since));
	}

	/**
	 * Tasks whose title or content contains the text; if the word index found the tasks
	 * that can (few enough), only those are compared, by their ids.
	 */
	private static Predicate text(Root<Task> root, CriteriaBuilder cb, String text,
			@Nullable Collection<Long> candidates) {
		String pattern = "%" + SearchGrams.normalized(text) + "%";
		Predicate contains = cb.or(cb.like(cb.lower(root.get("subject").get("title")), pattern),
				cb.like(cb.lower(root.get("subject").get("content")), pattern));
		if (candidates == null) {
			return contains;
		}
		return candidates.isEmpty() ? cb.disjunction() : cb.and(root.get("id").in(candidates), contains);
	}

	static Predicate light(Root<Task> root, CriteriaBuilder cb, StatusLight light, LocalDate today) {
		// "not closed" rather than "one of the open states": the same tasks, but the
		// database then walks the deadline index in order and stops at the page's last
		// row, instead of collecting every open task to sort them
		Predicate open = cb.not(root.get("status").in(CLOSED));
		return switch (light) {
			case NONE -> root.get("status").in(CLOSED);
			case RED -> cb.and(open, cb.lessThan(root.get("currentDeadline"), today));
			case YELLOW -> cb.and(open, cb.greaterThanOrEqualTo(root.get("currentDeadline"), today),
					cb.lessThanOrEqualTo(root.get("yellowFrom"), today));
			case GREEN -> cb.and(open, cb.greaterThanOrEqualTo(root.get("currentDeadline"), today),
					cb.greaterThan(root.get("yellowFrom"), today));
		};
	}

	private static Predicate hasParty(Root<Task> root, jakarta.persistence.criteria.CriteriaQuery<?> query,
			CriteriaBuilder cb, Set<Long> departments) {
		return root.get("id").in(tasksWithParty(query, cb, departments, null));
	}

	/**
	 * Ids of the tasks in which one of the departments has a part (in the given state).
	 * Not correlated on purpose: the database reads the few matching parties through
	 * their index once, instead of probing every task of a large list.
	 */
	private static Subquery<Long> tasksWithParty(jakarta.persistence.criteria.CommonAbstractCriteria query,
			CriteriaBuilder cb, Set<Long> departments, org.anwei.duban.task.@Nullable PartyState state) {
		Subquery<Long> ids = query.subquery(Long.class);
		Root<Task> task = ids.from(Task.class);
		Join<Task, TaskParty> party = task.join("parties");
		Predicate inDepartments = party.get("departmentId").in(departments);
		ids.select(task.get("id"))
			.where(state == null ? inDepartments : cb.and(inDepartments, cb.equal(party.get("state"), state)));
		return ids;
	}

}
