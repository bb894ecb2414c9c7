package org.anwei.duban.hazard;

import java.util.Map;
import java.util.Optional;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.TranslationKey;

/**
 * The hazard state machine. Legal moves:
 * <ul>
 * <li>登记 —签收整改→ 整改中</li>
 * <li>登记 / 整改中 —整改完成→ 待验收 (a hazard fixed on the spot, 立查立改, skips 整改中)</li>
 * <li>待验收 —验收通过→ 已销号; 待验收 —验收不通过→ 整改中</li>
 * </ul>
 * A closed hazard stays closed: a new finding at the same unit is a new hazard, linked as
 * a rebound. Anything else is refused with a message naming the status and the action.
 */
public final class HazardLifecycle {

	private static final Map<HazardStatus, Map<HazardAction, HazardStatus>> MOVES = Map.of(HazardStatus.REGISTERED,
			Map.of(HazardAction.START, HazardStatus.RECTIFYING, HazardAction.SUBMIT, HazardStatus.AWAITING_ACCEPTANCE),
			HazardStatus.RECTIFYING, Map.of(HazardAction.SUBMIT, HazardStatus.AWAITING_ACCEPTANCE),
			HazardStatus.AWAITING_ACCEPTANCE,
			Map.of(HazardAction.PASS, HazardStatus.CLOSED, HazardAction.FAIL, HazardStatus.RECTIFYING),
			HazardStatus.CLOSED, Map.of());

	private HazardLifecycle() {
	}

	public static Optional<HazardStatus> target(HazardStatus from, HazardAction action) {
		return Optional.ofNullable(MOVES.get(from).get(action));
	}

	/**
	 * The status after the action, or a validation error saying why it is not allowed.
	 */
	public static HazardStatus next(HazardStatus from, HazardAction action) {
		return target(from, action)
			.orElseThrow(() -> ValidationException.of("hazard.status", "validation.hazard.illegal-transition",
					new TranslationKey(from.labelKey()), new TranslationKey(action.labelKey())));
	}

}
