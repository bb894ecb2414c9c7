package org.anwei.duban.base.ui.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChoroplethScaleTest {

	@Test
	void zero_has_a_shade_of_its_own_and_the_largest_count_the_darkest() {
		ChoroplethScale scale = ChoroplethScale.upTo(100);
		assertThat(scale.color(0)).isEqualTo(ChoroplethScale.COLORS.get(0));
		assertThat(scale.color(1)).isEqualTo(ChoroplethScale.COLORS.get(1));
		assertThat(scale.color(20)).isEqualTo(ChoroplethScale.COLORS.get(1));
		assertThat(scale.color(21)).isEqualTo(ChoroplethScale.COLORS.get(2));
		assertThat(scale.color(100)).isEqualTo(ChoroplethScale.COLORS.get(5));
		assertThat(scale.legend()).extracting(ChoroplethScale.LegendEntry::from, ChoroplethScale.LegendEntry::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 0L), org.assertj.core.groups.Tuple.tuple(1L, 20L),
					org.assertj.core.groups.Tuple.tuple(21L, 40L), org.assertj.core.groups.Tuple.tuple(41L, 60L),
					org.assertj.core.groups.Tuple.tuple(61L, 80L), org.assertj.core.groups.Tuple.tuple(81L, 100L));
	}

	@Test
	void small_counts_get_one_class_per_count_and_no_empty_classes() {
		ChoroplethScale scale = ChoroplethScale.upTo(3);
		assertThat(scale.legend()).extracting(ChoroplethScale.LegendEntry::to).containsExactly(0L, 1L, 2L, 3L);
		assertThat(scale.color(3)).isEqualTo(ChoroplethScale.COLORS.get(3));
		assertThat(ChoroplethScale.upTo(0).legend()).hasSize(2);
	}

	@Test
	void classes_are_whole_numbers_when_the_largest_count_does_not_divide() {
		ChoroplethScale scale = ChoroplethScale.upTo(12);
		assertThat(scale.legend()).extracting(ChoroplethScale.LegendEntry::to).containsExactly(0L, 3L, 6L, 9L, 12L);
		assertThat(scale.color(13)).as("above the largest: the darkest class").isEqualTo(ChoroplethScale.COLORS.get(4));
	}

}
