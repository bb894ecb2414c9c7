package org.anwei.duban.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word files for the report's tests: one paragraph of text. */
public final class MonthlyReportServiceTestDocuments {

	private MonthlyReportServiceTestDocuments() {
	}

	public static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

}
