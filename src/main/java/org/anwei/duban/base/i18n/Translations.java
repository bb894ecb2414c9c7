package org.anwei.duban.base.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.anwei.duban.base.FieldError;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one source of every visible string, for views, services' messages and generated
 * documents. Reads {@code vaadin-i18n/translations*.properties} (UTF-8). A missing key
 * shows as {@code !key!} rather than failing, and is caught by the translations test
 * before it ships.
 */
@Component
public class Translations implements I18NProvider {

	static final String BUNDLE = "vaadin-i18n/translations";

	private static final Logger log = LoggerFactory.getLogger(Translations.class);

	@Override
	public List<Locale> getProvidedLocales() {
		return Languages.SUPPORTED;
	}

	@Override
	public String getTranslation(String key, @Nullable Locale locale, Object... params) {
		ResourceBundle bundle = bundle(locale == null ? Languages.DEFAULT : locale);
		try {
			String pattern = bundle.getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation '{}' for {}", key, locale);
			return "!" + key + "!";
		}
	}

	/**
	 * The key's translation in the current UI's language, or the fallback when the key
	 * has none — for labels of recorded names (an audited field or action) that a newer
	 * version may have added before its label.
	 */
	public static String orFallback(String key, String fallback) {
		String label = I18NProvider.translate(key);
		return label.equals("!" + key + "!") ? fallback : label;
	}

	/**
	 * Convenience for code that holds a key and a locale, outside of a Vaadin component.
	 */
	public String translate(Locale locale, String key, Object... params) {
		return getTranslation(key, locale, params);
	}

	/**
	 * A service's field error as a sentence: the translated field name is the message's
	 * first argument, so every message names its field ("编码不能为空" / "Code is required"). A
	 * field with no translation (an API parameter) is named as the caller spelled it.
	 */
	public String message(@Nullable Locale locale, FieldError error) {
		List<Object> arguments = new ArrayList<>();
		String fieldKey = "field." + error.field();
		arguments.add(bundle(locale == null ? Languages.DEFAULT : locale).containsKey(fieldKey)
				? getTranslation(fieldKey, locale) : error.field());
		for (Object argument : error.arguments()) {
			arguments.add(argument instanceof TranslationKey key ? getTranslation(key.key(), locale) : argument);
		}
		return getTranslation(error.messageKey(), locale, arguments.toArray());
	}

	private static ResourceBundle bundle(Locale locale) {
		Locale supported = Languages.closestSupported(locale);
		return ResourceBundle.getBundle(BUNDLE, supported,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
