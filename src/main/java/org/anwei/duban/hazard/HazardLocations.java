package org.anwei.duban.hazard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.supervision.EscalationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the hazards a ledger filter selects are, within the caller's department scope:
 * those with coordinates as points for a map (read as a projection, never as entities),
 * newest first and capped, and how many there are in all.
 */
@Service
public class HazardLocations {

	private final EntityManager entityManager;

	private final HazardAccess access;

	private final EscalationProperties escalation;

	private final Clock clock;

	HazardLocations(EntityManager entityManager, CurrentUser currentUser, EscalationProperties escalation,
			Clock clock) {
		this.entityManager = entityManager;
		this.access = new HazardAccess(currentUser);
		this.escalation = escalation;
		this.clock = clock;
	}

	/**
	 * At most {@code limit} of the located hazards the filter selects, newest found
	 * first.
	 */
	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public List<HazardPoint> points(HazardFilter filter, int limit) {
		LocalDate today = today();
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Hazard> h = query.from(Hazard.class);
		query.multiselect(h.get("id"), h.get("number"), h.get("unitName"), h.get("level"), h.get("status"),
				h.get("timeLimit"), h.get("latitude"), h.get("longitude"));
		query.where(located(h, query, cb, filter, today));
		query.orderBy(cb.desc(h.get("foundOn")), cb.desc(h.get("id")));
		return this.entityManager.createQuery(query)
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map(r -> point(r, today))
			.toList();
	}

	/** How many located hazards the filter selects. */
	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public long count(HazardFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Hazard> h = query.from(Hazard.class);
		query.select(cb.count(h)).where(located(h, query, cb, filter, today()));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private Predicate located(Root<Hazard> h, CriteriaQuery<?> query, CriteriaBuilder cb, HazardFilter filter,
			LocalDate today) {
		return cb.and(
				HazardSpecifications.of(filter, this.access.visibleDepartments(), today).toPredicate(h, query, cb),
				cb.isNotNull(h.get("latitude")), cb.isNotNull(h.get("longitude")));
	}

	private static HazardPoint point(Object[] row, LocalDate today) {
		HazardStatus status = (HazardStatus) row[4];
		boolean overdue = status.awaitsRectification() && ((LocalDate) row[5]).isBefore(today);
		return new HazardPoint((Long) row[0], (String) row[1], (String) row[2], (HazardLevel) row[3], status, overdue,
				((BigDecimal) row[6]).doubleValue(), ((BigDecimal) row[7]).doubleValue());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.escalation.zone());
	}

}
