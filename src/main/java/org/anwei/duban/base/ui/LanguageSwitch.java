package org.anwei.duban.base.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;
import org.anwei.duban.base.i18n.Languages;

/**
 * 中文 / English. The choice is kept in a cookie for a year, so it survives logout and
 * applies to the login page, and the page reloads so every string is shown in the new
 * language.
 */
public final class LanguageSwitch extends Select<Locale> {

	/** On pages before sign-in: the choice goes to the cookie only. */
	public LanguageSwitch() {
		this(locale -> {
		});
	}

	/**
	 * @param remember also told of the choice, to keep it with the signed-in account
	 */
	public LanguageSwitch(Consumer<Locale> remember) {
		setId("language-switch");
		setItems(Languages.SUPPORTED);
		setItemLabelGenerator(locale -> Languages.ENGLISH.equals(locale) ? "English" : "中文");
		setValue(Languages.closestSupported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
		setWidth("7.5em");
		setAriaLabel("Language / 语言");
		addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				remember.accept(event.getValue());
				switchTo(event.getValue());
			}
		});
	}

	static void switchTo(Locale locale) {
		Cookie cookie = new Cookie(Languages.COOKIE, locale.toLanguageTag());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		if (VaadinService.getCurrentResponse() != null) {
			VaadinService.getCurrentResponse().addCookie(cookie);
		}
		VaadinSession.getCurrent().setLocale(locale);
		UI.getCurrent().setLocale(locale);
		UI.getCurrent().getPage().reload();
	}

}
