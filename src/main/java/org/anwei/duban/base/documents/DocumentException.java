package org.anwei.duban.base.documents;

import org.anwei.duban.base.TranslatableException;

/**
 * A document cannot be read (damaged, a scan without text, junk under a document's name,
 * too large).
 */
public class DocumentException extends TranslatableException {

	public DocumentException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
