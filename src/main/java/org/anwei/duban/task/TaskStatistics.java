package org.anwei.duban.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.SqlFigures;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.task.internal.Task;
import org.hibernate.query.common.TemporalUnit;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's task figures, counted in the database by the lead department with the
 * conditions of {@link TaskFigure} (one grouped query, never by loading tasks), within
 * the caller's scope: a leader counts the tasks that the departments they oversee lead.
 * The filter's department, meeting and category narrow the tasks counted.
 */
@Service
public class TaskStatistics {

	private static final TaskFigure[] PERIOD_FIGURES = { TaskFigure.ISSUED, TaskFigure.OPEN_AT_END,
			TaskFigure.COMPLETED, TaskFigure.ON_TIME, TaskFigure.OVERDUE };

	private static final TaskFigure[] CURRENT_FIGURES = { TaskFigure.RED, TaskFigure.YELLOW, TaskFigure.GREEN,
			TaskFigure.STALE };

	private final EntityManager entityManager;

	private final TaskAccess access;

	private final TaskProperties properties;

	private final Clock clock;

	TaskStatistics(EntityManager entityManager, CurrentUser currentUser, TaskProperties properties, Clock clock) {
		this.entityManager = entityManager;
		this.access = new TaskAccess(currentUser);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Per lead department with any task in scope: the period's figures, the previous
	 * period's, and the state now.
	 */
	@PreAuthorize(TaskQueries.READERS)
	@Transactional(readOnly = true)
	public List<DepartmentTaskFigures> byLeadDepartment(TaskFilter filter, ReportingPeriod period) {
		HibernateCriteriaBuilder cb = builder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Task> t = query.from(Task.class);
		TaskFigures.Moment now = moment();
		Expression<Long> lead = t.get("subject").get("leadDepartmentId");
		List<jakarta.persistence.criteria.Selection<?>> columns = new ArrayList<>();
		columns.add(lead);
		for (ReportingPeriod p : List.of(period, period.previous())) {
			columns.addAll(periodColumns(cb, t, p, now));
		}
		for (TaskFigure figure : CURRENT_FIGURES) {
			columns.add(count(cb, TaskFigures.of(figure, period, t, cb, now)));
		}
		query.multiselect(columns);
		query.where(scope(filter, t, query, cb, now));
		query.groupBy(lead);
		List<DepartmentTaskFigures> result = new ArrayList<>();
		for (Object[] row : this.entityManager.createQuery(query).getResultList()) {
			int c = 1;
			PeriodTaskFigures current = periodFigures(row, c);
			PeriodTaskFigures previous = periodFigures(row, c + 9);
			c += 18;
			result.add(new DepartmentTaskFigures(((Number) row[0]).longValue(), current, previous, number(row[c]),
					number(row[c + 1]), number(row[c + 2]), number(row[c + 3])));
		}
		result.sort(Comparator.comparingLong(DepartmentTaskFigures::departmentId));
		return result;
	}

	/**
	 * The months up to and including {@code last}: issued, completed, missed (the
	 * conditions of {@link TaskFigure#ISSUED}, {@link TaskFigure#COMPLETED} and
	 * {@link TaskFigure#OVERDUE} for each month), each counted by one query grouped by
	 * month over an index of days.
	 */
	@PreAuthorize(TaskQueries.READERS)
	@Transactional(readOnly = true)
	public List<MonthTaskFigures> trend(TaskFilter filter, YearMonth last, int months) {
		TaskFigures.Moment now = moment();
		ReportingPeriod span = new ReportingPeriod(last.minusMonths(months - 1L).atDay(1), last.atEndOfMonth());
		Map<YearMonth, Long> issued = perMonth(filter, now, "issuedOn", span,
				(t, cb) -> cb.between(t.get("issuedOn"), span.from(), span.to()));
		Map<YearMonth, Long> completed = perMonth(filter, now, "completedOn", span, (t, cb) -> cb
			.and(cb.equal(t.get("status"), TaskStatus.DONE), cb.between(t.get("completedOn"), span.from(), span.to())));
		Map<YearMonth, Long> overdue = perMonth(filter, now, "currentDeadline", span,
				(t, cb) -> TaskFigures.of(TaskFigure.OVERDUE, span, t, cb, now));
		List<MonthTaskFigures> result = new ArrayList<>();
		for (int i = months - 1; i >= 0; i--) {
			YearMonth month = last.minusMonths(i);
			result.add(new MonthTaskFigures(month, issued.getOrDefault(month, 0L), completed.getOrDefault(month, 0L),
					overdue.getOrDefault(month, 0L)));
		}
		return result;
	}

	/** Tasks in scope meeting the condition, counted per month of the given day. */
	private Map<YearMonth, Long> perMonth(TaskFilter filter, TaskFigures.Moment now, String day, ReportingPeriod span,
			java.util.function.BiFunction<Root<Task>, HibernateCriteriaBuilder, Predicate> when) {
		HibernateCriteriaBuilder cb = builder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Task> t = query.from(Task.class);
		Expression<Integer> year = cb.year(t.<LocalDate>get(day));
		Expression<Integer> month = cb.month(t.<LocalDate>get(day));
		query.multiselect(year, month, cb.count(t));
		query.where(scope(filter, t, query, cb, now), when.apply(t, cb));
		query.groupBy(year, month);
		Map<YearMonth, Long> counts = new java.util.HashMap<>();
		for (Object[] row : this.entityManager.createQuery(query).getResultList()) {
			counts.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), number(row[2]));
		}
		return counts;
	}

	/**
	 * The meetings held in the period with tasks in scope, newest first: how many of
	 * their tasks are done and how many overdue now.
	 */
	@PreAuthorize(TaskQueries.READERS)
	@Transactional(readOnly = true)
	public List<MeetingTaskProgress> meetings(TaskFilter filter, ReportingPeriod period, int limit) {
		HibernateCriteriaBuilder cb = builder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Task> t = query.from(Task.class);
		TaskFigures.Moment now = moment();
		Expression<Long> meeting = t.get("subject").get("meetingId");
		Expression<LocalDate> date = t.get("source").get("meetingDate");
		// counted from the meeting-progress index; the titles come after, from one task
		// of each meeting
		query.multiselect(meeting, cb.greatest(date), cb.count(t),
				count(cb, cb.equal(t.get("status"), TaskStatus.DONE)),
				count(cb, TaskFigures.of(TaskFigure.RED, period, t, cb, now)), cb.min(t.<Long>get("id")));
		query.where(scope(filter, t, query, cb, now), cb.isNotNull(meeting),
				cb.notEqual(t.get("status"), TaskStatus.CANCELLED), cb.between(date, period.from(), period.to()));
		query.groupBy(meeting);
		query.orderBy(cb.desc(cb.greatest(date)), cb.desc(meeting));
		List<Object[]> rows = this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
		Map<Long, String> titles = titles(rows.stream().map(r -> ((Number) r[5]).longValue()).toList());
		return rows.stream()
			.map(r -> new MeetingTaskProgress(((Number) r[0]).longValue(),
					titles.getOrDefault(((Number) r[5]).longValue(), ""), (LocalDate) r[1], number(r[2]), number(r[3]),
					number(r[4])))
			.toList();
	}

	/** The meeting title each of the tasks came from, by task id. */
	private Map<Long, String> titles(List<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> titles = new java.util.HashMap<>();
		this.entityManager
			.createQuery("select t.id, t.source.meetingTitle from Task t where t.id in :ids", Object[].class)
			.setParameter("ids", taskIds)
			.getResultList()
			.forEach(r -> titles.put((Long) r[0], r[1] == null ? "" : (String) r[1]));
		return titles;
	}

	private List<Expression<?>> periodColumns(HibernateCriteriaBuilder cb, Root<Task> t, ReportingPeriod p,
			TaskFigures.Moment now) {
		List<Expression<?>> columns = new ArrayList<>();
		for (TaskFigure figure : PERIOD_FIGURES) {
			columns.add(count(cb, TaskFigures.of(figure, p, t, cb, now)));
			if (figure == TaskFigure.COMPLETED) {
				Expression<Long> hours = cb.durationByUnit(TemporalUnit.HOUR,
						cb.durationBetween(t.<Instant>get("completedAt"), t.<Instant>get("issuedAt")));
				columns.add(cb.sum(cb.<Long>selectCase()
					.when(TaskFigures.of(TaskFigure.COMPLETED, p, t, cb, now), hours)
					.otherwise(0L)));
			}
		}
		columns.add(sumWhen(cb, TaskFigures.of(TaskFigure.EXTENDED, p, t, cb, now), t.get("extensionCount")));
		columns.add(sumWhen(cb, TaskFigures.of(TaskFigure.RETURNED, p, t, cb, now), t.get("returnCount")));
		columns
			.add(sumWhen(cb, TaskFigures.of(TaskFigure.URGED, p, t, cb, now), t.get("supervision").get("urgeCount")));
		return columns;
	}

	private static PeriodTaskFigures periodFigures(Object[] row, int c) {
		return new PeriodTaskFigures(number(row[c]), number(row[c + 1]), number(row[c + 2]), number(row[c + 3]),
				number(row[c + 4]), number(row[c + 5]), number(row[c + 6]), number(row[c + 7]), number(row[c + 8]));
	}

	private Predicate scope(TaskFilter filter, Root<Task> t, CriteriaQuery<?> query, HibernateCriteriaBuilder cb,
			TaskFigures.Moment now) {
		Predicate where = TaskSpecifications.of(filter, this.access.visibleDepartments(), now, true, null)
			.toPredicate(t, query, cb);
		return where == null ? cb.conjunction() : where;
	}

	private static Expression<Integer> count(HibernateCriteriaBuilder cb, Predicate when) {
		return SqlFigures.countWhen(cb, when);
	}

	private static Expression<Integer> sumWhen(HibernateCriteriaBuilder cb, Predicate when, Expression<Integer> value) {
		return SqlFigures.sumWhen(cb, when, value);
	}

	private static long number(@Nullable Object value) {
		return SqlFigures.number(value);
	}

	private HibernateCriteriaBuilder builder() {
		return (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
	}

	private TaskFigures.Moment moment() {
		return TaskFigures.Moment.at(this.clock, this.properties);
	}

}
