package org.anwei.duban.base.importing;

import org.anwei.duban.base.TranslatableException;

/**
 * The file as a whole cannot be imported (unknown format, undecodable text, missing
 * columns, too many rows).
 */
public class ImportFileException extends TranslatableException {

	public ImportFileException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
