package org.anwei.duban.base.importing;

import java.util.List;

/**
 * The file as a whole cannot be imported (unknown format, undecodable text, missing
 * columns, too many rows). Carries a translation key and arguments; nothing has been
 * saved.
 */
public class ImportFileException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public ImportFileException(String messageKey, Object... arguments) {
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
