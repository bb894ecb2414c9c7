package org.anwei.duban.base.i18n;

import java.util.Locale;

/**
 * Remembers the language a signed-in user chose, so that what is written to them later
 * (the daily mail) is in that language too. Implemented where the accounts live.
 */
public interface LanguagePreference {

	void rememberForCurrentUser(Locale locale);

}
