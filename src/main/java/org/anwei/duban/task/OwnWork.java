package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.anwei.duban.task.internal.TaskRepository;

/**
 * One department's work, read from the department's own parts alone: what waits for its
 * signature, and its red, yellow and open tasks. The same tasks as the task list's
 * filters with the department as the whole scope ({@link TaskSpecifications}), but
 * through the parties' index (each part carries its task's status and deadlines) instead
 * of looking up every task the department has a part in: these lists and counts open
 * every liaison's home page.
 */
final class OwnWork {

	/** What the department's parts are asked for. */
	enum Part {

		TO_SIGN, RED, YELLOW, OPEN

	}

	/** The bounds of the DATE columns on MySQL, MariaDB and H2 alike. */
	private static final LocalDate FIRST = LocalDate.of(1000, 1, 1);

	private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

	private static final List<String> ANY_STATE = Arrays.stream(PartyState.values()).map(Enum::name).toList();

	private static final List<String> UNSIGNED = List.of(PartyState.PENDING.name());

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
		Bounds b = bounds(part);
		return this.tasks.openPartsOf(this.department, b.deadlineFrom(), b.deadlineTo(), b.yellowTo(), b.states(),
				limit);
	}

	long count(Part part) {
		Bounds b = bounds(part);
		return this.tasks.countOpenPartsOf(this.department, b.deadlineFrom(), b.deadlineTo(), b.yellowTo(), b.states());
	}

	/**
	 * What a part asks of the department's open parts (as the task list's light filters
	 * do).
	 */
	private Bounds bounds(Part part) {
		return switch (part) {
			case TO_SIGN -> new Bounds(FIRST, LAST, LAST, UNSIGNED);
			case RED -> new Bounds(FIRST, this.today.minusDays(1), LAST, ANY_STATE);
			case YELLOW -> new Bounds(this.today, LAST, this.today, ANY_STATE);
			case OPEN -> new Bounds(FIRST, LAST, LAST, ANY_STATE);
		};
	}

	private record Bounds(LocalDate deadlineFrom, LocalDate deadlineTo, LocalDate yellowTo, List<String> states) {
	}

}
