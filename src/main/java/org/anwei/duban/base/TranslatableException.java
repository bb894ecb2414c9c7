package org.anwei.duban.base;

import java.util.List;

/**
 * A failure reported to the user as a translated sentence: a translation key and its
 * arguments. Subclasses name what failed (an import file, a document); nothing has been
 * saved when one is thrown.
 */
public abstract class TranslatableException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	protected TranslatableException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
