package org.anwei.duban.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.SqlFigures;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.supervision.EscalationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's hazard figures ({@link HazardFigures}), counted in the database within
 * the caller's scope with the ledger's own filter conditions, so each number drills down
 * to a ledger list of as many hazards.
 */
@Service
public class HazardOverview {

	private final EntityManager entityManager;

	private final HazardAccess access;

	private final EscalationProperties escalation;

	private final Clock clock;

	HazardOverview(EntityManager entityManager, CurrentUser currentUser, EscalationProperties escalation, Clock clock) {
		this.entityManager = entityManager;
		this.access = new HazardAccess(currentUser);
		this.escalation = escalation;
		this.clock = clock;
	}

	/**
	 * The scope's hazard figures (district, department, industry of the filter; the rest
	 * of it is ignored) for the period, the period before and now: in total, each hazard
	 * once, and per department — the hazards each is responsible for plus those it
	 * supervises for another, so a hazard counts for both, as the ledger lists it for
	 * both. Two grouped queries.
	 */
	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public HazardBreakdown overview(HazardFilter scope, ReportingPeriod period) {
		HazardFigures total = HazardFigures.NONE;
		Map<Long, HazardFigures> byDepartment = new LinkedHashMap<>();
		for (Object[] row : figureRows(scope, period, "responsibleDepartmentId", null)) {
			HazardFigures figures = figures(row, 1);
			// every hazard has one responsible department: these rows add up to the total
			total = total.plus(figures);
			byDepartment.merge(((Number) row[0]).longValue(), figures, HazardFigures::plus);
		}
		for (Object[] row : figureRows(scope, period, "supervisingDepartmentId", "supervisingDepartmentId")) {
			if (row[0] != null) {
				byDepartment.merge(((Number) row[0]).longValue(), figures(row, 1), HazardFigures::plus);
			}
		}
		return new HazardBreakdown(total, byDepartment);
	}

	private List<Object[]> figureRows(HazardFilter scope, ReportingPeriod period, @Nullable String groupBy,
			@Nullable String otherThanResponsible) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Hazard> h = query.from(Hazard.class);
		ReportingPeriod before = period.previous();
		List<HazardFilter> figures = List.of(found(period, false), found(before, false), found(period, true),
				found(before, true),
				new HazardFilter(null, null, null, null, null, null, null, false, false, null, null, true),
				new HazardFilter(null, HazardLevel.MAJOR, null, null, null, null, null, false, false, null, null, true),
				new HazardFilter(null, null, null, null, null, null, null, true, false, null, null));
		List<jakarta.persistence.criteria.Selection<?>> columns = new ArrayList<>();
		if (groupBy != null) {
			columns.add(h.get(groupBy));
		}
		LocalDate today = today();
		figures.forEach(f -> columns
			.add(SqlFigures.countWhen(cb, HazardSpecifications.of(f, null, today).toPredicate(h, query, cb))));
		query.multiselect(columns);
		HazardFilter where = new HazardFilter(null, null, null, scope.departmentId(), scope.district(),
				scope.industry(), null, false, false, null, null);
		Predicate scoped = HazardSpecifications.of(where, this.access.visibleDepartments(), today)
			.toPredicate(h, query, cb);
		if (otherThanResponsible != null) {
			// a department supervising its own hazard counted it already as responsible
			scoped = cb.and(scoped, cb.notEqual(h.get(otherThanResponsible), h.get("responsibleDepartmentId")));
		}
		// closed hazards found before the previous period count for nothing: leave them
		// out
		Predicate relevant = cb.or(cb.greaterThanOrEqualTo(h.get("foundOn"), before.from()),
				cb.notEqual(h.get("status"), HazardStatus.CLOSED));
		query.where(scoped, relevant);
		if (groupBy != null) {
			query.groupBy(h.get(groupBy));
		}
		return this.entityManager.createQuery(query).getResultList();
	}

	private static HazardFilter found(ReportingPeriod period, boolean rebound) {
		return new HazardFilter(null, null, null, null, null, null, null, false, rebound, period.from(), period.to());
	}

	private static HazardFigures figures(Object[] row, int c) {
		return new HazardFigures(SqlFigures.number(row[c]), SqlFigures.number(row[c + 1]),
				SqlFigures.number(row[c + 2]), SqlFigures.number(row[c + 3]), SqlFigures.number(row[c + 4]),
				SqlFigures.number(row[c + 5]), SqlFigures.number(row[c + 6]));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.escalation.zone());
	}

}
