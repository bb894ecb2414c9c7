package org.anwei.duban.security;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A new installation with no users: the setup page's service refuses a guessable first
 * password (the probe's {@code Password123!}) and keeps the installation open for a good
 * one.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:setup-password;MODE=MySQL;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1",
		"spring.liquibase.contexts=main" })
class SetupPasswordTest {

	@Autowired
	FirstAdminSetup setup;

	@Test
	void a_guessable_first_password_is_refused_and_setup_stays_open() {
		assertThat(this.setup.setupRequired()).isTrue();
		for (String guessable : new String[] { "Password123!", "Anwei@2026", "Chief#2026" }) {
			ValidationException refused = catchThrowableOfType(ValidationException.class,
					() -> this.setup.createFirstAdmin("chief", "陈主任", guessable));
			assertThat(refused).as(guessable).isNotNull();
			assertThat(refused.errors()).extracting(FieldError::messageKey)
				.as(guessable)
				.containsAnyOf("validation.password.weak", "validation.password.contains-username");
		}
		assertThat(this.setup.setupRequired()).isTrue();

		this.setup.createFirstAdmin("chief", "陈主任", "Lantern#Ridge47");
		assertThat(this.setup.setupRequired()).isFalse();
	}

}
