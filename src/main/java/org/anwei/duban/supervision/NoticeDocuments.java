package org.anwei.duban.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a 督办/催办 notice as Word (.docx, Apache POI) and PDF (PDFBox, with a Chinese
 * TrueType font embedded so it renders anywhere). The same lines go into both.
 */
final class NoticeDocuments {

	/**
	 * Chinese TrueType fonts to embed, first found wins (fonts-wqy-microhei on Debian).
	 */
	static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), Path.of("C:/Windows/Fonts/simsun.ttc"),
			Path.of("/System/Library/Fonts/STHeiti Medium.ttc"));

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
		Path fontFile = FONTS.stream()
			.filter(Files::isReadable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No Chinese TrueType font for PDF notices: install fonts-wqy-microhei (see README)"));
		try (PDDocument document = new PDDocument();
				TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			TrueTypeFont ttf = collection.getFontByName(collection.getFontByName("WenQuanYiMicroHei") != null
					? "WenQuanYiMicroHei" : firstName(collection));
			PDType0Font font = PDType0Font.load(document, ttf, true);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			float width = page.getMediaBox().getWidth();
			float margin = 72;
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				float y = page.getMediaBox().getHeight() - margin;
				y = line(stream, font, 20, content.title(), width, margin, y, Align.CENTER);
				y = line(stream, font, 11, content.documentNumber(), width, margin, y, Align.CENTER) - 10;
				y = line(stream, font, 13, content.addressee() + "：", width, margin, y, Align.LEFT);
				for (String paragraph : content.body()) {
					for (String wrapped : wrap("　　" + paragraph, font, 13, width - 2 * margin)) {
						y = line(stream, font, 13, wrapped, width, margin, y, Align.LEFT);
					}
				}
				y -= 20;
				for (String closing : content.closing()) {
					y = line(stream, font, 13, closing, width, margin, y, Align.RIGHT);
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private enum Align {

		LEFT, CENTER, RIGHT

	}

	private static float line(PDPageContentStream stream, PDType0Font font, float size, String text, float pageWidth,
			float margin, float y, Align align) throws IOException {
		float textWidth = font.getStringWidth(printable(font, text)) / 1000 * size;
		float x = switch (align) {
			case LEFT -> margin;
			case CENTER -> (pageWidth - textWidth) / 2;
			case RIGHT -> pageWidth - margin - textWidth;
		};
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(printable(font, text));
		stream.endText();
		return y - size * 1.8f;
	}

	/**
	 * The text with characters the font cannot draw replaced by □, so one rare character
	 * does not stop a notice from being issued (the Word file keeps the exact text).
	 */
	static String printable(PDType0Font font, String text) {
		StringBuilder result = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String one = new String(Character.toChars(cp));
			try {
				font.encode(one);
				result.append(one);
			}
			catch (IllegalArgumentException | IOException ex) {
				result.append('□');
			}
		});
		return result.toString();
	}

	/** Breaks a line by width; Chinese text can break between any two characters. */
	private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			current.append(text.charAt(i));
			if (font.getStringWidth(printable(font, current.toString())) / 1000 * size > width) {
				current.setLength(current.length() - 1);
				lines.add(current.toString());
				current.setLength(0);
				current.append(text.charAt(i));
			}
		}
		if (!current.isEmpty()) {
			lines.add(current.toString());
		}
		return lines;
	}

	private static String firstName(TrueTypeCollection collection) throws IOException {
		String[] name = new String[1];
		collection.processAllFonts(font -> {
			if (name[0] == null) {
				name[0] = font.getName();
			}
		});
		return name[0];
	}

}
