package org.anwei.duban.base;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedCreditCodeTest {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@Test
	void the_standards_own_example_is_valid_and_typed_variants_normalize_to_it() {
		assertThat(UnifiedCreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(UnifiedCreditCode.normalize(" 9135 0100-m000100y43 ")).isEqualTo("91350100M000100Y43");
		assertThat(UnifiedCreditCode.normalize("９１３５０１００Ｍ０００１００Ｙ４３")).isEqualTo("91350100M000100Y43");
	}

	@Test
	void wrong_length_letters_outside_the_alphabet_and_a_wrong_check_are_refused() {
		assertThat(UnifiedCreditCode.isValid("91350100M000100Y4")).isFalse();
		assertThat(UnifiedCreditCode.isValid("91350100M000100Y44")).isFalse();
		assertThat(UnifiedCreditCode.isValid("91350100O000100Y43")).isFalse();
		assertThat(UnifiedCreditCode.isValid(null)).isFalse();
	}

	/** Every single-character typo of a valid code is caught, in any position. */
	@Test
	void every_single_character_typo_of_generated_codes_is_caught() {
		Random random = new Random(20261201);
		for (int n = 0; n < 200; n++) {
			StringBuilder body = new StringBuilder();
			for (int i = 0; i < 17; i++) {
				body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			String code = body.toString() + UnifiedCreditCode.checkCharacter(body.toString());
			assertThat(UnifiedCreditCode.isValid(code)).as(code).isTrue();
			for (int position = 0; position < 18; position++) {
				for (char replacement : ALPHABET.toCharArray()) {
					if (replacement == code.charAt(position)) {
						continue;
					}
					String typo = code.substring(0, position) + replacement + code.substring(position + 1);
					assertThat(UnifiedCreditCode.isValid(typo)).as(typo).isFalse();
				}
			}
		}
	}

}
