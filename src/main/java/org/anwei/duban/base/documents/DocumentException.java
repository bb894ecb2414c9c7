package org.anwei.duban.base.documents;

import java.util.List;

/**
 * A document cannot be read: a translation key and its arguments for a clear message.
 * Nothing was saved.
 */
public class DocumentException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public DocumentException(String messageKey, Object... arguments) {
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
