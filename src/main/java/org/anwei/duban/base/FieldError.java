package org.anwei.duban.base;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One rejected field: the field's name (as the forms and import columns know it), a
 * translation key for the message and its arguments. Translated where it is shown, so the
 * same error reads in Chinese or English.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

	public FieldError {
		arguments = List.copyOf(arguments);
	}

	public static FieldError of(String field, String messageKey, Object... arguments) {
		return new FieldError(field, messageKey, List.of(arguments));
	}

	/**
	 * Adds the problem of a text field, if any: missing when required, or longer than
	 * {@code max} characters once trimmed.
	 */
	public static void checkText(List<FieldError> errors, String field, @Nullable String value, boolean required,
			int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(of(field, "validation.required"));
			}
		}
		else if (value.strip().length() > max) {
			errors.add(of(field, "validation.too-long", max));
		}
	}

}
