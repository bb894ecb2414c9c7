package org.anwei.duban.base.ui;

import java.io.UncheckedIOException;

import com.vaadin.flow.component.UI;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.TranslatableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

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

	private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

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

	/**
	 * What went wrong with {@code what} (translated words: "督办台账"), as the user should
	 * hear it: the rule broken, the conflict, or that it failed (logged with its cause).
	 */
	public static String of(UI ui, String what, Throwable ex) {
		Throwable cause = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
		return switch (cause) {
			case ValidationException invalid -> ErrorMessages.of(ui, invalid);
			case ConcurrentEditException conflict ->
				ui.getTranslation("error.concurrent-edit", ui.getTranslation(conflict.entityKey()));
			case TranslatableException translatable ->
				ui.getTranslation(translatable.messageKey(), translatable.arguments().toArray());
			case AccessDeniedException denied -> ui.getTranslation("background.denied");
			default -> {
				LOG.error("Failed: {}", what, cause);
				yield ui.getTranslation("background.failed", what);
			}
		};
	}

}
