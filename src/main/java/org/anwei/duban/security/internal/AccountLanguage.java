package org.anwei.duban.security.internal;

import java.util.Locale;
import java.util.Optional;

import org.anwei.duban.base.i18n.LanguagePreference;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps each account's language: what the user picks in the header, and at every login
 * what the language cookie says (so a choice made on the login page counts too).
 */
@Component
class AccountLanguage implements LanguagePreference {

	private final AppUserRepository repository;

	private final CurrentUser currentUser;

	AccountLanguage(AppUserRepository repository, CurrentUser currentUser) {
		this.repository = repository;
		this.currentUser = currentUser;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void rememberForCurrentUser(Locale locale) {
		this.repository.recordLanguage(this.currentUser.require().userId(),
				Languages.closestSupported(locale).toLanguageTag());
	}

	/** The language the current request's cookie names, if it names one. */
	static Optional<String> fromRequestCookie() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		return Optional.ofNullable(Languages.cookieValue(attributes.getRequest().getCookies()))
			.map(value -> Languages.fromTag(value).toLanguageTag());
	}

}
