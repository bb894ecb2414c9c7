package org.anwei.duban.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.anwei.duban.base.documents.PdfComposer;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a 督办/催办 notice as Word (.docx, Apache POI) and PDF (PDFBox, with a Chinese
 * TrueType font embedded so it renders anywhere). The same lines go into both.
 */
final class NoticeDocuments {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private NoticeDocuments() {
	}

	/** The notice's content: title, number, addressee, body lines, issuer and date. */
	record Content(String title, String documentNumber, String addressee, List<String> body, String issuer,
			LocalDate date) {

		List<String> closing() {
			return List.of(this.issuer, CHINESE_DATE.format(this.date));
		}

	}

	static byte[] docx(Content content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, content.title(), ParagraphAlignment.CENTER, 22, true);
			paragraph(document, content.documentNumber(), ParagraphAlignment.CENTER, 12, false);
			paragraph(document, content.addressee() + "：", ParagraphAlignment.LEFT, 14, false);
			content.body().forEach(line -> paragraph(document, "　　" + line, ParagraphAlignment.LEFT, 14, false));
			content.closing().forEach(line -> paragraph(document, line, ParagraphAlignment.RIGHT, 14, false));
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, int size,
			boolean bold) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily("仿宋");
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
	}

	static byte[] pdf(Content content) {
		try (PdfComposer pdf = PdfComposer.create()) {
			pdf.line(content.title(), 20, PdfComposer.Align.CENTER)
				.line(content.documentNumber(), 11, PdfComposer.Align.CENTER)
				.space(10)
				.line(content.addressee() + "：", 13, PdfComposer.Align.LEFT);
			content.body().forEach(paragraph -> pdf.paragraph("　　" + paragraph, 13));
			pdf.space(20);
			content.closing().forEach(closing -> pdf.line(closing, 13, PdfComposer.Align.RIGHT));
			return pdf.finish();
		}
	}

}
