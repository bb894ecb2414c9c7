package org.anwei.duban.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.anwei.duban.hazard.internal.Hazard;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledger's filters and the caller's department scope as SQL conditions, so that
 * filtering, counting and paging happen in the database.
 */
final class HazardSpecifications {

	private HazardSpecifications() {
	}

	static Specification<Hazard> of(HazardFilter filter, @Nullable Set<Long> visibleDepartments, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (visibleDepartments != null) {
				where.add(visibleDepartments.isEmpty() ? cb.disjunction()
						: cb.or(root.get("responsibleDepartmentId").in(visibleDepartments),
								root.get("supervisingDepartmentId").in(visibleDepartments)));
			}
			if (filter.departmentId() != null) {
				where.add(cb.or(cb.equal(root.get("responsibleDepartmentId"), filter.departmentId()),
						cb.equal(root.get("supervisingDepartmentId"), filter.departmentId())));
			}
			if (filter.text() != null && !filter.text().isBlank()) {
				String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("number")), pattern),
						cb.like(cb.lower(root.get("unitName")), pattern),
						cb.like(cb.lower(root.get("address")), pattern),
						cb.like(cb.lower(root.get("description")), pattern)));
			}
			if (filter.level() != null) {
				where.add(cb.equal(root.get("level"), filter.level()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.district() != null && !filter.district().isBlank()) {
				where.add(cb.equal(root.get("district"), filter.district()));
			}
			if (filter.industry() != null) {
				where.add(cb.equal(root.get("industry"), filter.industry()));
			}
			if (filter.source() != null) {
				where.add(cb.equal(root.get("source"), filter.source()));
			}
			if (filter.overdue()) {
				where.add(root.get("status").in(HazardStatus.REGISTERED, HazardStatus.RECTIFYING));
				where.add(cb.lessThan(root.get("timeLimit"), today));
			}
			if (filter.open()) {
				where.add(cb.notEqual(root.get("status"), HazardStatus.CLOSED));
			}
			if (filter.rebound()) {
				where.add(cb.isNotNull(root.get("reboundOfId")));
			}
			if (filter.foundFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("foundOn"), filter.foundFrom()));
			}
			if (filter.foundTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("foundOn"), filter.foundTo()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
