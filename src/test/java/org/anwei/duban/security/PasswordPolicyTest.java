package org.anwei.duban.security;

import org.anwei.duban.base.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void accepts_long_passwords_with_three_kinds_of_characters() {
		assertThat(PasswordPolicy.check("p", "Anwei@2026", "yjj")).isEmpty();
		assertThat(PasswordPolicy.check("p", "safety first 2026", "yjj")).isEmpty();
	}

	@Test
	void rejects_short_simple_personal_and_common_passwords() {
		assertThat(PasswordPolicy.check("p", "Ab1!", "u")).extracting(FieldError::messageKey)
			.containsExactly("validation.password.too-short");
		assertThat(PasswordPolicy.check("p", "abcdefghijk", "u")).extracting(FieldError::messageKey)
			.containsExactly("validation.password.kinds");
		assertThat(PasswordPolicy.check("p", "Zhangsan#2026", "zhangsan")).extracting(FieldError::messageKey)
			.containsExactly("validation.password.contains-username");
		assertThat(PasswordPolicy.check("p", "P@ssw0rd123", "u")).extracting(FieldError::messageKey)
			.containsExactly("validation.password.common");
	}

}
