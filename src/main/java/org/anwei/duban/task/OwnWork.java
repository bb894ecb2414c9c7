package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.anwei.duban.task.internal.TaskRepository;
import org.jspecify.annotations.Nullable;

/**
 * One department's work, read from the department's own parts alone: its task list
 * (status, light and deadline filters), what waits for its signature, and its red, yellow
 * and open tasks. The same tasks as the task list's filters with the department as the
 * whole scope ({@link TaskSpecifications}), but through the parties' index (each part
 * carries its task's status and deadlines) instead of looking up every task the
 * department has a part in: these lists and counts open every liaison's home page and
 * every API client's "my tasks".
 */
final class OwnWork {

	/** What the department's parts are asked for on a home page. */
	enum Part {

		TO_SIGN, RED, YELLOW, OPEN

	}

	/** The bounds of the DATE columns on MySQL, MariaDB and H2 alike. */
	private static final LocalDate FIRST = LocalDate.of(1000, 1, 1);

	private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

	/** The statuses of tasks still being worked on: those with a light. */
	private static final Set<TaskStatus> OPEN = statuses(true);

	/** The statuses of tasks no longer worked on: those without a light. */
	private static final Set<TaskStatus> ENDED = statuses(false);

	private static final Set<PartyState> ANY_STATE = Collections.unmodifiableSet(EnumSet.allOf(PartyState.class));

	private final TaskRepository tasks;

	private final long department;

	private final LocalDate today;

	OwnWork(TaskRepository tasks, long department, LocalDate today) {
		this.tasks = tasks;
		this.department = department;
		this.today = today;
	}

	long department() {
		return this.department;
	}

	/** The first tasks of the part, soonest deadline first. */
	List<Long> ids(Part part, int limit) {
		return ids(bounds(part), 0, limit);
	}

	long count(Part part) {
		return count(bounds(part));
	}

	/**
	 * What the task list's filter asks of the department's parts, or null when it filters
	 * by something the parts do not carry (text, meeting, category, a dashboard figure,
	 * another department's part): then the task list's own conditions answer.
	 */
	@Nullable Bounds bounds(TaskFilter filter) {
		if ((filter.text() != null && !filter.text().isBlank()) || filter.meetingId() != null
				|| filter.category() != null || filter.figure() != null
				|| (filter.departmentId() != null && filter.departmentId() != this.department)) {
			return null;
		}
		Set<TaskStatus> statuses = filter.status() == null ? EnumSet.allOf(TaskStatus.class)
				: EnumSet.of(filter.status());
		Bounds bounds = new Bounds(statuses, later(FIRST, filter.deadlineFrom()), earlier(LAST, filter.deadlineTo()),
				FIRST, LAST, ANY_STATE);
		return filter.light() == null ? bounds : bounds.and(light(filter.light()));
	}

	/** The tasks within the bounds, soonest deadline first (then by id), one page. */
	List<Long> ids(Bounds b, long offset, int limit) {
		if (b.isEmpty() || limit <= 0) {
			return List.of();
		}
		return this.tasks.partsOf(this.department, names(b.statuses()), b.deadlineFrom(), b.deadlineTo(),
				b.yellowFrom(), b.yellowTo(), names(b.states()), offset, limit);
	}

	long count(Bounds b) {
		return b.isEmpty() ? 0 : this.tasks.countPartsOf(this.department, names(b.statuses()), b.deadlineFrom(),
				b.deadlineTo(), b.yellowFrom(), b.yellowTo(), names(b.states()));
	}

	/** What a home page's part asks of the department's parts. */
	private Bounds bounds(Part part) {
		Bounds open = new Bounds(OPEN, FIRST, LAST, FIRST, LAST, ANY_STATE);
		return switch (part) {
			case TO_SIGN -> new Bounds(OPEN, FIRST, LAST, FIRST, LAST, EnumSet.of(PartyState.PENDING));
			case RED -> open.and(light(StatusLight.RED));
			case YELLOW -> open.and(light(StatusLight.YELLOW));
			case OPEN -> open;
		};
	}

	/**
	 * A light as bounds of the parts' status and dates, as
	 * {@link TaskSpecifications#light} compares the task's.
	 */
	private Bounds light(StatusLight light) {
		return switch (light) {
			case NONE -> new Bounds(ENDED, FIRST, LAST, FIRST, LAST, ANY_STATE);
			case RED -> new Bounds(OPEN, FIRST, this.today.minusDays(1), FIRST, LAST, ANY_STATE);
			case YELLOW -> new Bounds(OPEN, this.today, LAST, FIRST, this.today, ANY_STATE);
			case GREEN -> new Bounds(OPEN, this.today, LAST, this.today.plusDays(1), LAST, ANY_STATE);
		};
	}

	private static LocalDate later(LocalDate a, @Nullable LocalDate b) {
		return b == null || a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, @Nullable LocalDate b) {
		return b == null || a.isBefore(b) ? a : b;
	}

	private static Set<TaskStatus> statuses(boolean open) {
		Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			if (status.isOpen() == open) {
				statuses.add(status);
			}
		}
		return Collections.unmodifiableSet(statuses);
	}

	private static List<String> names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toList();
	}

	/**
	 * Conditions on a department's parts: the task's status, its current deadline and
	 * yellow-from day within inclusive bounds, the state of the department's own part.
	 */
	record Bounds(Set<TaskStatus> statuses, LocalDate deadlineFrom, LocalDate deadlineTo, LocalDate yellowFrom,
			LocalDate yellowTo, Set<PartyState> states) {

		/** Both bounds at once. */
		Bounds and(Bounds other) {
			Set<TaskStatus> bothStatuses = EnumSet.noneOf(TaskStatus.class);
			bothStatuses.addAll(this.statuses);
			bothStatuses.retainAll(other.statuses);
			Set<PartyState> bothStates = EnumSet.noneOf(PartyState.class);
			bothStates.addAll(this.states);
			bothStates.retainAll(other.states);
			return new Bounds(bothStatuses, later(this.deadlineFrom, other.deadlineFrom),
					earlier(this.deadlineTo, other.deadlineTo), later(this.yellowFrom, other.yellowFrom),
					earlier(this.yellowTo, other.yellowTo), bothStates);
		}

		/**
		 * No part can be within them (no status, or a range that ends before it starts).
		 */
		boolean isEmpty() {
			return this.statuses.isEmpty() || this.states.isEmpty() || this.deadlineFrom.isAfter(this.deadlineTo)
					|| this.yellowFrom.isAfter(this.yellowTo);
		}

	}

}
