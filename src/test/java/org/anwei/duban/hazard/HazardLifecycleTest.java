package org.anwei.duban.hazard;

import java.util.Map;

import org.anwei.duban.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every legal move of the hazard state machine, and every illegal one refused. */
class HazardLifecycleTest {

	private static final Map<HazardStatus, Map<HazardAction, HazardStatus>> LEGAL = Map.of(HazardStatus.REGISTERED,
			Map.of(HazardAction.START, HazardStatus.RECTIFYING, HazardAction.SUBMIT, HazardStatus.AWAITING_ACCEPTANCE),
			HazardStatus.RECTIFYING, Map.of(HazardAction.SUBMIT, HazardStatus.AWAITING_ACCEPTANCE),
			HazardStatus.AWAITING_ACCEPTANCE,
			Map.of(HazardAction.PASS, HazardStatus.CLOSED, HazardAction.FAIL, HazardStatus.RECTIFYING));

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@CsvSource({ "REGISTERED,START,RECTIFYING", "REGISTERED,SUBMIT,AWAITING_ACCEPTANCE",
			"RECTIFYING,SUBMIT,AWAITING_ACCEPTANCE", "AWAITING_ACCEPTANCE,PASS,CLOSED",
			"AWAITING_ACCEPTANCE,FAIL,RECTIFYING" })
	void legal_moves(HazardStatus from, HazardAction action, HazardStatus to) {
		assertThat(HazardLifecycle.next(from, action)).isEqualTo(to);
	}

	@Test
	void every_other_move_is_refused_naming_the_status_and_the_action() {
		int refused = 0;
		for (HazardStatus from : HazardStatus.values()) {
			for (HazardAction action : HazardAction.values()) {
				if (LEGAL.getOrDefault(from, Map.of()).containsKey(action)) {
					continue;
				}
				assertThatThrownBy(() -> HazardLifecycle.next(from, action))
					.isInstanceOfSatisfying(ValidationException.class, ex -> {
						assertThat(ex.errors().getFirst().messageKey())
							.isEqualTo("validation.hazard.illegal-transition");
						assertThat(ex.errors().getFirst().field()).isEqualTo("hazard.status");
						assertThat(ex.errors().getFirst().arguments()).hasSize(2);
					});
				refused++;
			}
		}
		assertThat(refused).isEqualTo(HazardStatus.values().length * HazardAction.values().length - 5);
	}

	@Test
	void only_a_closed_hazard_is_off_the_books_and_only_unrectified_ones_can_be_overdue() {
		assertThat(HazardStatus.CLOSED.isOpen()).isFalse();
		assertThat(HazardStatus.AWAITING_ACCEPTANCE.isOpen()).isTrue();
		assertThat(HazardStatus.REGISTERED.awaitsRectification()).isTrue();
		assertThat(HazardStatus.RECTIFYING.awaitsRectification()).isTrue();
		assertThat(HazardStatus.AWAITING_ACCEPTANCE.awaitsRectification()).isFalse();
		assertThat(HazardStatus.CLOSED.awaitsRectification()).isFalse();
	}

	@Test
	void unit_names_written_differently_are_one_unit() {
		assertThat(UnitKeys.of("（城东）化工有限公司")).isEqualTo(UnitKeys.of("(城东)化工 有限公司"))
			.isNotEqualTo(UnitKeys.of("（城西）化工有限公司"));
	}

}
