package org.anwei.duban.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by services when a command is rejected. Carries every field error at once, so a
 * form can mark all offending fields in one round trip. Nothing has been saved when it is
 * thrown.
 */
public class ValidationException extends RuntimeException {

	private final List<FieldError> errors;

	public ValidationException(List<FieldError> errors) {
		super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).collect(Collectors.joining(", ")));
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("A validation exception needs at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	public ValidationException(FieldError error) {
		this(List.of(error));
	}

	public static ValidationException of(String field, String messageKey, Object... arguments) {
		return new ValidationException(FieldError.of(field, messageKey, arguments));
	}

	/**
	 * Throws when there is anything to report: services collect every error first, then
	 * call this.
	 */
	public static void throwIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
