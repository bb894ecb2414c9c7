package org.anwei.duban.hazard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.UnifiedCreditCode;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a hazard must have, each failure named by field. Every hazard needs where and what
 * it is, its level, type, responsible department and time limit. A major hazard (重大隐患)
 * needs all of 五落实 — responsibility (department and owner), measures, funds, time limit
 * and emergency plan — and, when it is listed for supervision (挂牌督办), the listing's
 * document number.
 */
@Component
class HazardRules {

	static final int MAX_TEXT = 4000;

	static final int MAX_NAME = 200;

	private final DepartmentService departments;

	private final HazardProperties properties;

	HazardRules(DepartmentService departments, HazardProperties properties) {
		this.departments = departments;
		this.properties = properties;
	}

	List<FieldError> check(HazardCommand c) {
		return check(c, activeDepartments());
	}

	/** The departments a hazard may name; an import reads them once for all its rows. */
	Set<Long> activeDepartments() {
		return this.departments.directory()
			.stream()
			.filter(DepartmentRef::active)
			.map(DepartmentRef::id)
			.collect(Collectors.toSet());
	}

	List<FieldError> check(HazardCommand c, Set<Long> activeDepartments) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "hazard.foundOn", c.foundOn());
		required(errors, "hazard.source", c.source());
		text(errors, "hazard.unitName", c.unitName(), true, MAX_NAME);
		if (c.creditCode() != null && !c.creditCode().isBlank()
				&& !UnifiedCreditCode.isValid(UnifiedCreditCode.normalize(c.creditCode()))) {
			errors.add(FieldError.of("hazard.creditCode", "validation.hazard.credit-code"));
		}
		required(errors, "hazard.industry", c.industry());
		text(errors, "hazard.district", c.district(), true, 50);
		if (!c.district().isBlank() && !this.properties.districts().isEmpty()
				&& !this.properties.districts().contains(c.district().strip())) {
			errors.add(FieldError.of("hazard.district", "validation.hazard.district-unknown",
					String.join("、", this.properties.districts())));
		}
		text(errors, "hazard.street", c.street(), false, 100);
		text(errors, "hazard.address", c.address(), true, 300);
		checkCoordinates(errors, c.latitude(), c.longitude());
		text(errors, "hazard.description", c.description(), true, MAX_TEXT);
		required(errors, "hazard.level", c.level());
		required(errors, "hazard.type", c.type());
		checkDepartments(errors, c, activeDepartments);
		text(errors, "hazard.rectificationOwner", c.rectificationOwner(), false, 100);
		text(errors, "hazard.measures", c.measures(), false, MAX_TEXT);
		if (c.funds() != null && (c.funds().signum() < 0 || c.funds().compareTo(new BigDecimal("1e12")) >= 0)) {
			errors.add(FieldError.of("hazard.funds", "validation.hazard.funds"));
		}
		required(errors, "hazard.timeLimit", c.timeLimit());
		if (c.timeLimit() != null && c.foundOn() != null && c.timeLimit().isBefore(c.foundOn())) {
			errors.add(FieldError.of("hazard.timeLimit", "validation.hazard.time-limit-before-found"));
		}
		text(errors, "hazard.emergencyPlan", c.emergencyPlan(), false, 2000);
		text(errors, "hazard.listingDocument", c.listingDocument(), false, 100);
		if (c.level() == HazardLevel.MAJOR) {
			majorHazardRules(errors, c);
		}
		else if (c.listingLevel() != null) {
			errors.add(FieldError.of("hazard.listingLevel", "validation.hazard.listing-major-only"));
		}
		return errors;
	}

	/** 五落实: every one of them is required for a major hazard, each named when missing. */
	private static void majorHazardRules(List<FieldError> errors, HazardCommand c) {
		majorRequired(errors, "hazard.rectificationOwner", blank(c.rectificationOwner()));
		majorRequired(errors, "hazard.measures", blank(c.measures()));
		majorRequired(errors, "hazard.funds", c.funds() == null);
		majorRequired(errors, "hazard.emergencyPlan", blank(c.emergencyPlan()));
		if (c.listingLevel() != null && blank(c.listingDocument())) {
			errors.add(FieldError.of("hazard.listingDocument", "validation.hazard.listing-document"));
		}
	}

	private static void majorRequired(List<FieldError> errors, String field, boolean missing) {
		if (missing) {
			errors.add(FieldError.of(field, "validation.hazard.major-required"));
		}
	}

	private static void checkDepartments(List<FieldError> errors, HazardCommand c, Set<Long> active) {
		if (c.responsibleDepartmentId() == null) {
			errors.add(FieldError.of("hazard.responsibleDepartment", "validation.required"));
		}
		else if (!active.contains(c.responsibleDepartmentId())) {
			errors.add(FieldError.of("hazard.responsibleDepartment", "validation.directive.department-inactive"));
		}
		if (c.supervisingDepartmentId() != null && !active.contains(c.supervisingDepartmentId())) {
			errors.add(FieldError.of("hazard.supervisingDepartment", "validation.directive.department-inactive"));
		}
	}

	private static void checkCoordinates(List<FieldError> errors, @Nullable BigDecimal latitude,
			@Nullable BigDecimal longitude) {
		if ((latitude == null) != (longitude == null)) {
			errors.add(FieldError.of("hazard.coordinates", "validation.hazard.coordinates-pair"));
		}
		else if (latitude != null && longitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			errors.add(FieldError.of("hazard.coordinates", "validation.hazard.coordinates-range"));
		}
	}

	private static void required(List<FieldError> errors, String field, @Nullable Object value) {
		if (value == null) {
			errors.add(FieldError.of(field, "validation.required"));
		}
	}

	static void text(List<FieldError> errors, String field, @Nullable String value, boolean required, int max) {
		FieldError.checkText(errors, field, value, required, max);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
