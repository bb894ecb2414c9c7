package org.anwei.duban.base.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.LocaleUtil;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.Translations;

/**
 * Turns service errors into sentences in the user's language (see
 * {@link Translations#message}).
 */
public final class ErrorMessages {

	private ErrorMessages() {
	}

	public static String of(Component component, FieldError error) {
		I18NProvider provider = LocaleUtil.getI18NProvider().orElseGet(Translations::new);
		Translations translations = provider instanceof Translations t ? t : new Translations();
		return translations.message(component.getUI().map(ui -> ui.getLocale()).orElseGet(LocaleUtil::getLocale),
				error);
	}

	public static String of(Component component, ValidationException exception) {
		return exception.errors().stream().map(e -> of(component, e)).collect(Collectors.joining("\n"));
	}

}
