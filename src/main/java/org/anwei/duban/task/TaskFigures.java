package org.anwei.duban.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.task.internal.Task;

/**
 * Each {@link TaskFigure} as one SQL condition. The statistics count with these
 * conditions and the drill-down lists with the same ones, so a number and its list cannot
 * disagree.
 */
final class TaskFigures {

	private static final List<TaskStatus> OPEN = List.of(TaskStatus.ISSUED, TaskStatus.IN_PROGRESS,
			TaskStatus.SUBMITTED);

	private TaskFigures() {
	}

	/**
	 * The moment figures are counted at: the committee's day, its zone, and the instant
	 * before which an open task without activity is stale.
	 */
	record Moment(LocalDate today, ZoneId zone, Instant staleBefore) {

		static Moment at(java.time.Clock clock, TaskProperties properties) {
			Instant now = clock.instant();
			return new Moment(LocalDate.ofInstant(now, properties.zone()), properties.zone(),
					now.minus(java.time.Duration.ofDays(properties.staleDays())));
		}

	}

	static Predicate of(TaskFigure figure, ReportingPeriod period, Root<Task> t, CriteriaBuilder cb, Moment now) {
		Instant start = period.start(now.zone());
		Instant end = period.end(now.zone());
		Path<Instant> issuedAt = t.get("issuedAt");
		Path<Instant> completedAt = t.get("completedAt");
		Path<LocalDate> completedOn = t.get("completedOn");
		Path<LocalDate> deadline = t.get("currentDeadline");
		Path<TaskStatus> status = t.get("status");
		Predicate notCancelled = cb.notEqual(status, TaskStatus.CANCELLED);
		Predicate due = cb.and(notCancelled, cb.between(deadline, period.from(), period.to()));
		Predicate active = cb.and(notCancelled, cb.lessThan(issuedAt, end),
				cb.or(cb.isNull(completedAt), cb.greaterThanOrEqualTo(completedAt, start)));
		return switch (figure) {
			case ISSUED -> cb.between(t.get("issuedOn"), period.from(), period.to());
			case OPEN_AT_END -> cb.and(notCancelled, cb.lessThan(issuedAt, end),
					cb.or(cb.isNull(completedAt), cb.greaterThanOrEqualTo(completedAt, end)));
			case COMPLETED ->
				cb.and(cb.equal(status, TaskStatus.DONE), cb.between(completedOn, period.from(), period.to()));
			case ON_TIME -> cb.and(due, cb.equal(status, TaskStatus.DONE), cb.lessThanOrEqualTo(completedOn, deadline));
			case OVERDUE -> cb.and(due, cb.lessThan(deadline, now.today()),
					cb.or(cb.isNull(completedOn), cb.greaterThan(completedOn, deadline)));
			case EXTENDED -> cb.and(active, cb.greaterThan(t.get("extensionCount"), 0));
			case RETURNED -> cb.and(active, cb.greaterThan(t.get("returnCount"), 0));
			case URGED -> cb.and(active, cb.greaterThan(t.get("supervision").get("urgeCount"), 0));
			case RED -> TaskSpecifications.light(t, cb, StatusLight.RED, now.today());
			case YELLOW -> TaskSpecifications.light(t, cb, StatusLight.YELLOW, now.today());
			case GREEN -> TaskSpecifications.light(t, cb, StatusLight.GREEN, now.today());
			case STALE -> cb.and(status.in(OPEN), cb.lessThan(t.get("lastActivityAt"), now.staleBefore()));
		};
	}

}
