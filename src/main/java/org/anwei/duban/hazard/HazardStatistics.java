package org.anwei.duban.hazard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.anwei.duban.base.SqlFigures;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.EscalationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's figures, counted in the database (one grouped query each, never by loading
 * hazards), within the caller's department scope: a month's new, rectified, closed-out,
 * open and overdue hazards and rebounds per department, district, industry or level; and
 * the distribution of the hazards a ledger filter selects by district or industry and
 * level, whose cells drill into the same filter.
 */
@Service
public class HazardStatistics {

	private final EntityManager entityManager;

	private final DepartmentService departments;

	private final HazardAccess access;

	private final ZoneId zone;

	private final Clock clock;

	HazardStatistics(EntityManager entityManager, DepartmentService departments, CurrentUser currentUser,
			EscalationProperties escalation, Clock clock) {
		this.entityManager = entityManager;
		this.departments = departments;
		this.access = new HazardAccess(currentUser);
		this.zone = escalation.zone();
		this.clock = clock;
	}

	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public List<MonthlyFigures> monthly(YearMonth month, StatisticsDimension by) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Hazard> h = query.from(Hazard.class);
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		Instant start = first.atStartOfDay(this.zone).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(this.zone).toInstant();
		Path<LocalDate> foundOn = h.get("foundOn");
		Path<Instant> rectifiedAt = h.get("rectifiedAt");
		Path<Instant> closedAt = h.get("closedAt");
		Predicate found = cb.between(foundOn, first, last);
		Predicate openAtEnd = cb.and(cb.lessThanOrEqualTo(foundOn, last),
				cb.or(cb.isNull(closedAt), cb.greaterThanOrEqualTo(closedAt, end)));
		Predicate overdueAtEnd = cb.and(openAtEnd, cb.lessThan(h.get("timeLimit"), last),
				cb.or(cb.isNull(rectifiedAt), cb.greaterThanOrEqualTo(rectifiedAt, end)));
		Expression<?> key = h.get(by.attribute());
		query.multiselect(key, count(cb, found), count(cb, within(cb, rectifiedAt, start, end)),
				count(cb, within(cb, closedAt, start, end)), count(cb, openAtEnd), count(cb, overdueAtEnd),
				count(cb, cb.and(found, cb.isNotNull(h.get("reboundOfId")))));
		// only hazards that can count for the month: found by its end, not closed before
		// it
		query.where(scope(h, query, cb), cb.lessThanOrEqualTo(foundOn, last),
				cb.or(cb.isNull(closedAt), cb.greaterThanOrEqualTo(closedAt, start)));
		query.groupBy(key);
		List<Object[]> rows = this.entityManager.createQuery(query).getResultList();
		Function<Object, StatisticsKey> keys = keys(by);
		return rows.stream()
			.map(r -> new MonthlyFigures(keys.apply(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]),
					number(r[5]), number(r[6])))
			.sorted(java.util.Comparator.comparingLong(MonthlyFigures::openAtEnd)
				.thenComparingLong(MonthlyFigures::found)
				.reversed())
			.toList();
	}

	/**
	 * The hazards the filter selects (as the ledger would list them), per district or
	 * industry and level; rows with most hazards first.
	 */
	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public List<LevelRow> byLevel(HazardFilter filter, StatisticsDimension rows) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Hazard> h = query.from(Hazard.class);
		Expression<?> key = h.get(rows.attribute());
		query.multiselect(key, h.get("level"), cb.count(h));
		query.where(
				HazardSpecifications.of(filter, this.access.visibleDepartments(), today()).toPredicate(h, query, cb));
		query.groupBy(key, h.get("level"));
		Map<Object, long[]> counts = new LinkedHashMap<>();
		for (Object[] row : this.entityManager.createQuery(query).getResultList()) {
			long[] cells = counts.computeIfAbsent(row[0], k -> new long[2]);
			cells[row[1] == HazardLevel.MAJOR ? 1 : 0] += number(row[2]);
		}
		Function<Object, StatisticsKey> keys = keys(rows);
		List<LevelRow> result = new ArrayList<>();
		counts.forEach((k, cells) -> result.add(new LevelRow(keys.apply(k), cells[0], cells[1])));
		result.sort(java.util.Comparator.comparingLong(LevelRow::total).reversed());
		return result;
	}

	private Predicate scope(Root<Hazard> h, CriteriaQuery<?> query, CriteriaBuilder cb) {
		return HazardSpecifications.of(HazardFilter.none(), this.access.visibleDepartments(), today())
			.toPredicate(h, query, cb);
	}

	private Function<Object, StatisticsKey> keys(StatisticsDimension by) {
		return switch (by) {
			case DEPARTMENT -> {
				Map<Long, DepartmentRef> directory = this.departments.directory()
					.stream()
					.collect(Collectors.toMap(DepartmentRef::id, Function.identity()));
				yield k -> {
					DepartmentRef d = directory.get((Long) k);
					return d == null ? new StatisticsKey("", String.valueOf(k), false)
							: new StatisticsKey(d.code(), d.name(), false);
				};
			}
			case DISTRICT -> k -> new StatisticsKey((String) k, (String) k, false);
			case INDUSTRY ->
				k -> new StatisticsKey(((DirectiveCategory) k).name(), ((DirectiveCategory) k).labelKey(), true);
			case LEVEL -> k -> new StatisticsKey(((HazardLevel) k).name(), ((HazardLevel) k).labelKey(), true);
		};
	}

	private static Predicate within(CriteriaBuilder cb, Path<Instant> at, Instant start, Instant end) {
		return cb.and(cb.greaterThanOrEqualTo(at, start), cb.lessThan(at, end));
	}

	private static Expression<Integer> count(CriteriaBuilder cb, Predicate when) {
		return SqlFigures.countWhen(cb, when);
	}

	private static long number(@org.jspecify.annotations.Nullable Object value) {
		return SqlFigures.number(value);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

}
