package org.anwei.duban.security.internal;

import java.util.stream.Collectors;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.security.FirstAdminSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, creates the first administrator from
 * {@code ANWEI_ADMIN_USERNAME}/{@code ANWEI_ADMIN_PASSWORD} when both are set and the
 * installation has no users yet; otherwise does nothing.
 */
@Component
class FirstAdminFromEnvironment {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminFromEnvironment.class);

	private final FirstAdminSetup setup;

	private final Translations translations;

	private final String username;

	private final String password;

	FirstAdminFromEnvironment(FirstAdminSetup setup, Translations translations,
			@Value("${anwei.admin.username:}") String username, @Value("${anwei.admin.password:}") String password) {
		this.setup = setup;
		this.translations = translations;
		this.username = username;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIfConfigured() {
		if (this.username.isBlank() || this.password.isBlank() || !this.setup.setupRequired()) {
			return;
		}
		try {
			this.setup.createFirstAdmin(this.username, this.username, this.password);
		}
		catch (ValidationException ex) {
			// Fail fast with readable reasons: a half-configured installation must not
			// start without an admin.
			String reasons = ex.errors()
				.stream()
				.map(e -> this.translations.message(Languages.ENGLISH, e))
				.collect(Collectors.joining(" "));
			throw new IllegalStateException("ANWEI_ADMIN_USERNAME/ANWEI_ADMIN_PASSWORD rejected: " + reasons, ex);
		}
		log.info("Created the first administrator '{}' from ANWEI_ADMIN_USERNAME/ANWEI_ADMIN_PASSWORD", this.username);
	}

}
