package org.anwei.duban.base.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.tika.Tika;

/**
 * What a file really is, from its bytes (Apache Tika's magic-byte table); its name only
 * tells apart the kinds that share a container (a ZIP is a .docx or an .xlsx, an OLE2
 * file a .doc or an .xls). A JPEG named .html is a JPEG; an HTML page named .jpg is HTML.
 */
public final class FileTypes {

	private static final Tika TIKA = new Tika();

	private FileTypes() {
	}

	/**
	 * The MIME type of {@code content}; {@code application/octet-stream} when unknown.
	 */
	public static String detect(byte[] content, String filename) {
		try {
			return TIKA.detect(new ByteArrayInputStream(content), filename);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Shown in the browser (a photo, a PDF) rather than saved: the types safe to open
	 * inline.
	 */
	public static boolean inline(String type) {
		return type.equals("image/jpeg") || type.equals("image/png") || type.equals("application/pdf");
	}

}
