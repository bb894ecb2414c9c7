package org.anwei.duban.base.i18n;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

/**
 * Gives every new session and UI the language the user chose (cookie), or Chinese. Vaadin
 * would otherwise follow the browser's Accept-Language, which on many office PCs is
 * English.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> {
			Locale locale = Languages
				.fromTag(init.getRequest() == null ? null : Languages.cookieValue(init.getRequest().getCookies()));
			init.getSession().setLocale(locale);
		});
		event.getSource().addUIInitListener(init -> {
			VaadinSession session = init.getUI().getSession();
			init.getUI().setLocale(Languages.closestSupported(session.getLocale()));
		});
	}

}
