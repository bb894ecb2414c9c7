package org.anwei.duban.base.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.anwei.duban.base.importing.ImportFileException;
import org.anwei.duban.base.importing.TextEncoding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the text of a speech or minutes: plain text (UTF-8, GBK/GB18030, UTF-16 —
 * detected), Word (.docx, .doc) and PDF. The file's bytes decide its kind, not its name,
 * so a renamed file is read for what it is and junk renamed to .docx gets a clear
 * message. A PDF without a text layer (a scan) is reported as such rather than returning
 * nothing.
 */
public final class DocumentReader {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * The longest text read: 300,000 characters, ten times the longest work plan, so that
	 * reading and extraction stay well under a second.
	 */
	public static final int MAX_TEXT_CHARS = 300_000;

	private DocumentReader() {
	}

	public static DocumentText read(byte[] content, String filename) {
		if (content.length == 0) {
			throw new DocumentException("document.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new DocumentException("document.error.too-large", MAX_BYTES / (1024 * 1024));
		}
		String name = filename.toLowerCase(Locale.ROOT);
		DocumentText text;
		if (startsWith(content, "%PDF")) {
			text = new DocumentText(pdf(content), "pdf", "");
		}
		else if (startsWith(content, "PK\u0003\u0004")) {
			if (OfficeArchives.isBomb(content)) {
				throw new DocumentException("document.error.archive", OfficeArchives.MAX_ENTRIES,
						OfficeArchives.MAX_EXPANDED_MB);
			}
			text = new DocumentText(docx(content), "docx", "");
		}
		else if ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
			text = new DocumentText(doc(content), "doc", "");
		}
		else if (name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".pdf")) {
			throw new DocumentException("document.error.not-" + name.substring(name.lastIndexOf('.') + 1));
		}
		else {
			text = plain(content);
		}
		if (text.text().isBlank()) {
			throw new DocumentException(
					"pdf".equals(text.format()) ? "document.error.scanned-pdf" : "document.error.no-text");
		}
		if (text.text().length() > MAX_TEXT_CHARS) {
			throw new DocumentException("document.error.too-long", MAX_TEXT_CHARS);
		}
		return text;
	}

	private static DocumentText plain(byte[] content) {
		try {
			TextEncoding.Decoded decoded = TextEncoding.decode(content);
			if (decoded.text()
				.chars()
				.filter(c -> c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))
				.count() > 0) {
				throw new DocumentException("document.error.unreadable");
			}
			return new DocumentText(decoded.text(), "txt", decoded.charset().name());
		}
		catch (ImportFileException ex) {
			throw new DocumentException("document.error.encoding");
		}
	}

	private static String pdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("document.error.not-pdf");
		}
	}

	private static String docx(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("document.error.not-docx");
		}
	}

	private static String doc(byte[] content) {
		try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content));
				WordExtractor extractor = new WordExtractor(document)) {
			return extractor.getText();
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("document.error.not-doc");
		}
	}

	private static boolean startsWith(byte[] content, String prefix) {
		if (content.length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (content[i] != (byte) prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
