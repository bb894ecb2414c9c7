package org.anwei.duban.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pairs of neighbouring characters a text is indexed and searched by. */
class SearchGramsTest {

	@Test
	void a_text_has_each_pair_of_neighbouring_characters_once() {
		assertThat(SearchGrams.of("隐患排查")).hasSize(3).containsExactlyElementsOf(pairs("隐患", "患排", "排查"));
		assertThat(SearchGrams.of("排查排查")).as("repeated pairs count once").containsExactlyElementsOf(pairs("排查", "查排"));
	}

	@Test
	void no_pair_spans_whitespace_and_one_character_has_none() {
		assertThat(SearchGrams.of("燃气 安全")).containsExactlyElementsOf(pairs("燃气", "安全"));
		assertThat(SearchGrams.of("燃\u3000气")).as("ideographic space").isEmpty();
		assertThat(SearchGrams.of("燃")).isEmpty();
		assertThat(SearchGrams.of("  ")).isEmpty();
	}

	@Test
	void letters_in_either_case_and_full_width_forms_are_the_same() {
		assertThat(SearchGrams.of("LNG")).isEqualTo(SearchGrams.of("lng"));
		assertThat(SearchGrams.of("ＬＮＧ１２")).isEqualTo(SearchGrams.of("lng12"));
	}

	@Test
	void characters_beyond_the_basic_plane_make_pairs_of_their_own() {
		// 𠀀 (U+20000) is one character in two Java chars
		assertThat(SearchGrams.of("𠀀村")).hasSize(1).isNotEqualTo(SearchGrams.of("\uD840村"));
	}

	private static java.util.List<Long> pairs(String... pairs) {
		return java.util.Arrays.stream(pairs).map(p -> SearchGrams.of(p).iterator().next()).toList();
	}

}
