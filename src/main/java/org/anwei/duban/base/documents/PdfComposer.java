package org.anwei.duban.base.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Writes Chinese A4 documents with PDFBox: lines and wrapped paragraphs flowing over as
 * many pages as they need, and rows of images with captions. A Chinese TrueType font is
 * embedded (subset), so the file renders anywhere; characters the font lacks print as □
 * rather than stopping the document.
 */
public final class PdfComposer implements AutoCloseable {

	/**
	 * Chinese TrueType fonts to embed, first found wins (fonts-wqy-microhei on Debian).
	 */
	public static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), Path.of("C:/Windows/Fonts/simsun.ttc"),
			Path.of("/System/Library/Fonts/STHeiti Medium.ttc"));

	private static final float MARGIN = 64;

	/** Where a line sits across the page. */
	public enum Align {

		LEFT, CENTER, RIGHT

	}

	private final PDDocument document;

	private final TrueTypeCollection collection;

	private final PDType0Font font;

	private @Nullable PDPageContentStream stream;

	private float y;

	private PdfComposer(PDDocument document, TrueTypeCollection collection, PDType0Font font) {
		this.document = document;
		this.collection = collection;
		this.font = font;
	}

	/** A new document; fails with a clear message when no Chinese font is installed. */
	public static PdfComposer create() {
		Path fontFile = FONTS.stream()
			.filter(Files::isReadable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No Chinese TrueType font for PDF documents: install fonts-wqy-microhei (see README)"));
		try {
			PDDocument document = new PDDocument();
			TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
			TrueTypeFont ttf = collection.getFontByName(collection.getFontByName("WenQuanYiMicroHei") != null
					? "WenQuanYiMicroHei" : firstName(collection));
			PdfComposer composer = new PdfComposer(document, collection, PDType0Font.load(document, ttf, true));
			composer.newPage();
			return composer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One line, not wrapped. */
	public PdfComposer line(String text, float size, Align align) {
		try {
			room(size * 1.8f);
			float textWidth = width(printable(text), size);
			float x = switch (align) {
				case LEFT -> MARGIN;
				case CENTER -> (pageWidth() - textWidth) / 2;
				case RIGHT -> pageWidth() - MARGIN - textWidth;
			};
			PDPageContentStream out = stream();
			out.setNonStrokingColor(Color.BLACK);
			out.beginText();
			out.setFont(this.font, size);
			out.newLineAtOffset(x, this.y - size);
			out.showText(printable(text));
			out.endText();
			this.y -= size * 1.8f;
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A paragraph broken to the page's width; Chinese text breaks between any two
	 * characters.
	 */
	public PdfComposer paragraph(String text, float size) {
		for (String paragraphLine : text.split("\\R")) {
			for (String wrapped : wrap(paragraphLine, size, pageWidth() - 2 * MARGIN)) {
				line(wrapped, size, Align.LEFT);
			}
		}
		return this;
	}

	public PdfComposer space(float points) {
		this.y -= points;
		return this;
	}

	/**
	 * A row of images side by side, each scaled into its share of the width and at most
	 * {@code height} tall, with its caption below; images PDFBox cannot read are left
	 * out.
	 */
	public PdfComposer images(List<byte[]> images, List<String> captions, float height, float captionSize) {
		if (images.isEmpty()) {
			return this;
		}
		try {
			room(height + captionSize * 2.5f);
			float cell = (pageWidth() - 2 * MARGIN) / images.size();
			for (int i = 0; i < images.size(); i++) {
				float x = MARGIN + i * cell;
				try {
					PDImageXObject image = PDImageXObject.createFromByteArray(this.document, images.get(i), "photo");
					float scale = Math.min((cell - 8) / image.getWidth(), height / image.getHeight());
					stream().drawImage(image, x, this.y - image.getHeight() * scale, image.getWidth() * scale,
							image.getHeight() * scale);
				}
				catch (IOException | IllegalArgumentException ex) {
					// not an image PDFBox reads (a PDF or Word file among the evidence)
				}
				if (i < captions.size()) {
					PDPageContentStream out = stream();
					out.setNonStrokingColor(Color.BLACK);
					out.beginText();
					out.setFont(this.font, captionSize);
					out.newLineAtOffset(x, this.y - height - captionSize * 1.5f);
					out.showText(printable(captions.get(i)));
					out.endText();
				}
			}
			this.y -= height + captionSize * 2.5f;
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Draws on a box of the page's width; the origin is the box's lower left corner. */
	public interface Canvas {

		float width();

		float height();

		void rect(float x, float y, float w, float h, Color fill);

		void line(float x1, float y1, float x2, float y2, Color color);

		/** One line of text; {@code align} says where {@code x} is on it. */
		void text(String text, float x, float y, float size, Align align, Color color);

		float textWidth(String text, float size);

	}

	/**
	 * A drawing {@code height} points tall across the text width, on a new page when it
	 * does not fit on this one.
	 */
	public PdfComposer drawing(float height, Consumer<Canvas> draw) {
		try {
			room(height);
			float bottom = this.y - height;
			draw.accept(new PageCanvas(this, stream(), MARGIN, bottom, pageWidth() - 2 * MARGIN, height));
			this.y = bottom;
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether {@code height} points still fit on this page. */
	public boolean fits(float height) {
		return this.y - height >= MARGIN;
	}

	/** Goes on on a new page. */
	public PdfComposer pageBreak() {
		try {
			newPage();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The finished document. */
	public byte[] finish() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			closeStream();
			this.document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			closeStream();
			this.document.close();
			this.collection.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void room(float needed) throws IOException {
		if (this.y - needed < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		closeStream();
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.stream = new PDPageContentStream(this.document, page);
		this.y = page.getMediaBox().getHeight() - MARGIN;
	}

	private void closeStream() throws IOException {
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
	}

	PDPageContentStream stream() {
		if (this.stream == null) {
			throw new IllegalStateException("The document is finished");
		}
		return this.stream;
	}

	private static float pageWidth() {
		return PDRectangle.A4.getWidth();
	}

	PDType0Font font() {
		return this.font;
	}

	/** The width of text the font can draw. */
	float width(String text, float size) throws IOException {
		return this.font.getStringWidth(text) / 1000 * size;
	}

	/** The text with characters the font cannot draw replaced by □. */
	String printable(String text) {
		StringBuilder result = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String one = new String(Character.toChars(cp));
			try {
				this.font.encode(one);
				result.append(one);
			}
			catch (IllegalArgumentException | IOException ex) {
				result.append('□');
			}
		});
		return result.toString();
	}

	private List<String> wrap(String text, float size, float maxWidth) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		try {
			for (int i = 0; i < text.length(); i++) {
				current.append(text.charAt(i));
				if (width(printable(current.toString()), size) > maxWidth) {
					current.setLength(current.length() - 1);
					lines.add(current.toString());
					current.setLength(0);
					current.append(text.charAt(i));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!current.isEmpty() || lines.isEmpty()) {
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
