package org.anwei.duban.base;

import java.util.List;

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

}
