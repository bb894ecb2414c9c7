package org.anwei.duban.base.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.anwei.duban.base.documents.OfficeArchives;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an Excel workbook (.xlsx, .xls) or a CSV file into rows keyed
 * by column. The format is decided by the file's content, not its name: a renamed file is
 * read for what it is, and junk is rejected with a message instead of being imported.
 */
public final class TabularFile {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public static final int MAX_ROWS = 20_000;

	private TabularFile() {
	}

	public static List<TabularRow> read(byte[] content, List<ImportColumn> columns) {
		return read(content, columns, false);
	}

	/**
	 * Reads the first sheet (or the CSV text) under its header row.
	 * @param ignoreUnknown columns the import does not know are skipped (ledgers carry
	 * remarks and working columns of their own); otherwise they reject the file
	 */
	public static List<TabularRow> read(byte[] content, List<ImportColumn> columns, boolean ignoreUnknown) {
		if (content.length == 0) {
			throw new ImportFileException("import.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new ImportFileException("import.error.too-large", MAX_BYTES / (1024 * 1024));
		}
		List<List<String>> table = isZip(content) || isOle2(content) ? readWorkbook(content) : readCsv(content);
		return toRows(table, columns, ignoreUnknown);
	}

	private static List<TabularRow> toRows(List<List<String>> table, List<ImportColumn> columns,
			boolean ignoreUnknown) {
		int headerIndex = firstNonBlank(table);
		if (headerIndex < 0) {
			throw new ImportFileException("import.error.empty");
		}
		Map<Integer, ImportColumn> byPosition = resolveHeader(table.get(headerIndex), columns, ignoreUnknown);
		List<TabularRow> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < table.size(); i++) {
			Map<String, String> cells = new LinkedHashMap<>();
			List<String> line = table.get(i);
			byPosition.forEach((position, column) -> {
				String value = position < line.size() ? clean(line.get(position)) : "";
				if (!value.isEmpty()) {
					cells.put(column.key(), value);
				}
			});
			if (cells.isEmpty()) {
				continue; // blank rows are common at the end of Excel sheets
			}
			if (rows.size() == MAX_ROWS) {
				throw new ImportFileException("import.error.too-many-rows", MAX_ROWS);
			}
			rows.add(new TabularRow(i + 1, cells));
		}
		if (rows.isEmpty()) {
			throw new ImportFileException("import.error.no-rows");
		}
		return rows;
	}

	private static Map<Integer, ImportColumn> resolveHeader(List<String> header, List<ImportColumn> columns,
			boolean ignoreUnknown) {
		Map<Integer, ImportColumn> byPosition = new HashMap<>();
		Map<Integer, String> unmatched = new java.util.TreeMap<>();
		for (int i = 0; i < header.size(); i++) {
			String text = clean(header.get(i));
			if (text.isEmpty()) {
				continue;
			}
			int position = i;
			columns.stream()
				.filter(c -> c.matches(text) && !byPosition.containsValue(c))
				.findFirst()
				.ifPresentOrElse(c -> byPosition.put(position, c), () -> unmatched.put(position, text));
		}
		// then headers worded a little differently, when exactly one column fits
		List<String> unknown = new ArrayList<>();
		unmatched.forEach((position, text) -> {
			List<ImportColumn> fits = columns.stream()
				.filter(c -> !byPosition.containsValue(c) && c.resembles(text))
				.toList();
			if (fits.size() == 1) {
				byPosition.put(position, fits.getFirst());
			}
			else if (!ignoreUnknown) {
				unknown.add(text);
			}
		});
		List<String> missing = columns.stream()
			.filter(c -> c.required() && !byPosition.containsValue(c))
			.map(ImportColumn::templateHeader)
			.toList();
		if (!missing.isEmpty() || !unknown.isEmpty()) {
			String expected = String.join("、", columns.stream().map(ImportColumn::templateHeader).toList());
			throw new ImportFileException("import.error.columns", String.join("、", missing), String.join("、", unknown),
					expected);
		}
		return byPosition;
	}

	private static List<List<String>> readWorkbook(byte[] content) {
		if (OfficeArchives.isBomb(content)) {
			throw new ImportFileException("import.error.archive", OfficeArchives.MAX_ENTRIES,
					OfficeArchives.MAX_EXPANDED_MB);
		}
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new ImportFileException("import.error.empty");
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS + 100) {
				throw new ImportFileException("import.error.too-many-rows", MAX_ROWS);
			}
			DataFormatter formatter = new DataFormatter();
			List<List<String>> table = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> line = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
						Cell cell = row.getCell(c);
						line.add(cell == null ? "" : text(cell, formatter));
					}
				}
				table.add(line);
			}
			return table;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportFileException importError) {
				throw importError;
			}
			throw new ImportFileException("import.error.unreadable");
		}
	}

	/**
	 * A cell as text; a date cell as an ISO date whatever its display format, so imports
	 * read the day and not the locale's rendering of it.
	 */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
				&& org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private static List<List<String>> readCsv(byte[] content) {
		String text = TextEncoding.decode(content).text();
		if (text.indexOf('\u0000') >= 0 || looksBinary(text)) {
			throw new ImportFileException("import.error.unreadable");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<List<String>> table = new ArrayList<>();
			for (CSVRecord record : parser) {
				table.add(record.toList());
				if (table.size() > MAX_ROWS + 100) {
					throw new ImportFileException("import.error.too-many-rows", MAX_ROWS);
				}
			}
			return table;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileException("import.error.unreadable");
		}
	}

	/** Control characters other than line breaks and tabs do not occur in real tables. */
	private static boolean looksBinary(String text) {
		int sample = Math.min(text.length(), 4096);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			char ch = text.charAt(i);
			if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
				control++;
			}
		}
		return control > 0;
	}

	private static int firstNonBlank(List<List<String>> table) {
		for (int i = 0; i < table.size(); i++) {
			if (table.get(i).stream().anyMatch(cell -> !clean(cell).isEmpty())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Trims, including the full-width spaces and BOMs that Excel exports leave in cells.
	 */
	private static String clean(String cell) {
		return cell.replace('\u3000', ' ').replace("\uFEFF", "").strip();
	}

	private static boolean isZip(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static boolean isOle2(byte[] content) {
		return content.length > 7 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
				&& (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
	}

}
