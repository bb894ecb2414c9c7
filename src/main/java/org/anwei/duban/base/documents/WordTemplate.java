package org.anwei.duban.base.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.jspecify.annotations.Nullable;

/**
 * A Word (.docx) template with placeholders written as {@code {{name}}} anywhere in its
 * text — body, tables, headers and footers. A placeholder is replaced by a text, or by a
 * block (a table or several paragraphs) when it stands alone in a body paragraph; a block
 * placeholder inside a table cell or among other words becomes its lines of text. The
 * paragraph's formatting (style, alignment, the first run's font and size) is kept, so a
 * committee formats its template in Word and the data takes that form. Word often splits
 * a typed placeholder over several runs; the runs of a paragraph holding one are merged
 * first.
 */
public final class WordTemplate {

	/** {@code {{name}}}: letters of any script, digits, underscores and hyphens. */
	public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\p{L}\\p{N}_-]+)\\s*}}");

	/** What a block placeholder becomes. */
	public sealed interface Block permits Table, Lines {

		/** The block as lines of text, where a table or paragraphs cannot go. */
		List<String> text();

	}

	/** A table with a bold header row. */
	public record Table(List<String> headers, List<List<String>> rows) implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
		}

		@Override
		public List<String> text() {
			List<String> lines = new ArrayList<>();
			lines.add(String.join("  ", this.headers));
			this.rows.forEach(r -> lines.add(String.join("  ", r)));
			return lines;
		}

	}

	/** Paragraphs, one per line. */
	public record Lines(List<String> lines) implements Block {

		public Lines {
			lines = List.copyOf(lines);
		}

		@Override
		public List<String> text() {
			return this.lines;
		}

	}

	private final byte[] template;

	private WordTemplate(byte[] template) {
		this.template = template.clone();
	}

	/** A template; fails with {@link DocumentException} when the bytes are no .docx. */
	public static WordTemplate of(byte[] docx) {
		if (docx.length == 0) {
			throw new DocumentException("document.error.empty");
		}
		if (OfficeArchives.isBomb(docx)) {
			throw new DocumentException("document.error.archive", OfficeArchives.MAX_ENTRIES,
					OfficeArchives.MAX_EXPANDED_MB);
		}
		try (XWPFDocument ignored = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return new WordTemplate(docx);
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("document.error.not-docx");
		}
	}

	/** The names of the placeholders the template holds, in order of appearance. */
	public Set<String> placeholders() {
		Set<String> names = new LinkedHashSet<>();
		try (XWPFDocument document = open()) {
			for (XWPFParagraph paragraph : allParagraphs(document)) {
				Matcher matcher = PLACEHOLDER.matcher(paragraph.getText());
				while (matcher.find()) {
					names.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/**
	 * The filled document. Placeholders with neither a text nor a block stay as they are,
	 * so a reader sees what was not filled.
	 */
	public byte[] fill(Map<String, String> texts, Map<String, Block> blocks) {
		try (XWPFDocument document = open(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (IBodyElement element : List.copyOf(document.getBodyElements())) {
				if (element instanceof XWPFParagraph paragraph) {
					@Nullable Block block = aloneBlock(paragraph, blocks);
					if (block != null) {
						insert(document, paragraph, block);
						document.removeBodyElement(document.getBodyElements().indexOf(paragraph));
					}
				}
			}
			for (XWPFParagraph paragraph : allParagraphs(document)) {
				replaceText(paragraph, texts, blocks);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private XWPFDocument open() throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(this.template));
	}

	/** The block when the paragraph holds nothing but its placeholder. */
	private static @Nullable Block aloneBlock(XWPFParagraph paragraph, Map<String, Block> blocks) {
		Matcher matcher = PLACEHOLDER.matcher(paragraph.getText().strip());
		return matcher.matches() ? blocks.get(matcher.group(1)) : null;
	}

	private static void insert(XWPFDocument document, XWPFParagraph anchor, Block block) {
		@Nullable XWPFRun format = anchor.getRuns().isEmpty() ? null : anchor.getRuns().get(0);
		switch (block) {
			case Lines lines -> {
				for (String line : lines.lines()) {
					XmlCursor cursor = anchor.getCTP().newCursor();
					XWPFParagraph paragraph = document.insertNewParagraph(cursor);
					cursor.close();
					paragraph.setStyle(anchor.getStyle());
					paragraph.setAlignment(anchor.getAlignment());
					paragraph.setIndentationFirstLine(anchor.getIndentationFirstLine());
					run(paragraph, format, line, false);
				}
			}
			case Table table -> {
				XmlCursor cursor = anchor.getCTP().newCursor();
				XWPFTable inserted = document.insertNewTbl(cursor);
				cursor.close();
				fillTable(inserted, table, format);
			}
		}
	}

	private static void fillTable(XWPFTable table, Table content, @Nullable XWPFRun format) {
		table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setWidth("100%");
		List<List<String>> rows = new ArrayList<>();
		rows.add(content.headers());
		rows.addAll(content.rows());
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = r < table.getNumberOfRows() ? table.getRow(r) : table.createRow();
			List<String> values = rows.get(r);
			while (row.getTableCells().size() < values.size()) {
				row.addNewTableCell();
			}
			for (int c = 0; c < values.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph()
						: cell.getParagraphs().get(0);
				run(paragraph, format, values.get(c), r == 0);
			}
		}
	}

	private static void run(XWPFParagraph paragraph, @Nullable XWPFRun format, String text, boolean bold) {
		XWPFRun run = paragraph.createRun();
		if (format != null) {
			if (format.getFontFamily() != null) {
				run.setFontFamily(format.getFontFamily());
			}
			Double size = format.getFontSizeAsDouble();
			if (size != null) {
				run.setFontSize(size);
			}
		}
		run.setBold(bold);
		run.setText(text);
	}

	/**
	 * Replaces the paragraph's placeholders in its text: the runs are merged into the
	 * first (keeping its formatting) when a placeholder is among them.
	 */
	private static void replaceText(XWPFParagraph paragraph, Map<String, String> texts, Map<String, Block> blocks) {
		String original = paragraph.getText();
		Matcher matcher = PLACEHOLDER.matcher(original);
		if (!matcher.find() || paragraph.getRuns().isEmpty()) {
			return;
		}
		matcher.reset();
		StringBuilder replaced = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = texts.containsKey(name) ? texts.get(name)
					: blocks.containsKey(name) ? String.join("\n", blocks.get(name).text()) : matcher.group();
			matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(replaced);
		while (paragraph.getRuns().size() > 1) {
			paragraph.removeRun(1);
		}
		XWPFRun run = paragraph.getRuns().get(0);
		String[] lines = replaced.toString().split("\n", -1);
		run.setText(lines[0], 0);
		for (int i = 1; i < lines.length; i++) {
			run.addBreak();
			run.setText(lines[i]);
		}
	}

	/** Paragraphs of the body, of table cells (nested too), headers and footers. */
	private static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
		List<XWPFParagraph> paragraphs = new ArrayList<>();
		collect(document.getBodyElements(), paragraphs);
		for (XWPFHeaderFooter part : headersAndFooters(document)) {
			collect(part.getBodyElements(), paragraphs);
		}
		return paragraphs;
	}

	private static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument document) {
		List<XWPFHeaderFooter> parts = new ArrayList<>(document.getHeaderList());
		parts.addAll(document.getFooterList());
		return parts;
	}

	private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				into.add(paragraph);
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						collect(cell.getBodyElements(), into);
					}
				}
			}
		}
	}

}
