package org.anwei.duban.security;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.i18n.TranslationKey;
import org.anwei.duban.security.internal.TemporaryPasswords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void accepts_long_passwords_that_are_hard_to_guess() {
		assertThat(PasswordPolicy.check("p", "Correct#Horse42", "yjj")).isEmpty();
		assertThat(PasswordPolicy.check("p", "safety first on 12 sites", "yjj")).isEmpty();
		assertThat(PasswordPolicy.check("p", "Xk9#mPq2vL", "yjj")).isEmpty();
	}

	@Test
	void rejects_short_simple_and_personal_passwords() {
		assertThat(PasswordPolicy.check("p", "Ab1!", "u")).extracting(FieldError::messageKey)
			.containsExactly("validation.password.too-short");
		assertThat(PasswordPolicy.check("p", "abcdefghijk", "u")).extracting(FieldError::messageKey)
			.contains("validation.password.kinds");
		assertThat(PasswordPolicy.check("p", "Zhangsan#2026", "zhangsan")).extracting(FieldError::messageKey)
			.containsExactly("validation.password.contains-username");
	}

	@Test
	void guessable_passwords_are_refused_with_the_reason() {
		assertThat(reason("Password123!", "u")).isEqualTo("common");
		assertThat(reason("P@ssw0rd123", "u")).isEqualTo("common");
		assertThat(reason("Anwei@2026", "u")).as("the product's name").isEqualTo("personal");
		assertThat(reason("Woaini1314!", "u")).as("a Chinese favourite").isEqualTo("personal");
		assertThat(reason("Liming@2026", "lm", "liming")).as("the user's own name").isEqualTo("personal");
		assertThat(reason("Qwer1234!@#$", "u")).isEqualTo("common");
		assertThat(reason("Sh@nghai2026", "u")).isIn("word", "date");
	}

	@Test
	void generated_one_time_passwords_always_pass() {
		for (int i = 0; i < 200; i++) {
			assertThat(PasswordPolicy.check("p", TemporaryPasswords.generate(), "someone")).isEmpty();
		}
	}

	private static String reason(String password, String username, String... personal) {
		var errors = PasswordPolicy.check("p", password, username, personal);
		assertThat(errors).extracting(FieldError::messageKey).containsExactly("validation.password.weak");
		return ((TranslationKey) errors.getFirst().arguments().getFirst()).key()
			.substring("validation.password.reason.".length());
	}

}
