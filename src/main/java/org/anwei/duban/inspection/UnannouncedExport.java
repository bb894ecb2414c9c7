package org.anwei.duban.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.anwei.duban.base.i18n.Translations;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The month's unannounced-visit findings (暗访发现问题清单) as an Excel workbook: every finding,
 * then the counts per department and per district, in the reader's language. Written row
 * by row to the stream (bounded memory), feeding the monthly report.
 */
@Service
public class UnannouncedExport {

	private final InspectionQueries queries;

	private final Translations translations;

	UnannouncedExport(InspectionQueries queries, Translations translations) {
		this.queries = queries;
		this.translations = translations;
	}

	/** The file name for a month, as in {@code 暗访发现问题清单-2026-11.xlsx}. */
	@PreAuthorize(InspectionQueries.READERS)
	public String fileName(YearMonth month, Locale locale) {
		return t(locale, "inspection.export.file") + "-" + month + ".xlsx";
	}

	@PreAuthorize(InspectionQueries.READERS)
	public void write(YearMonth month, Locale locale, OutputStream out) throws IOException {
		UnannouncedMonth data = this.queries.unannounced(month);
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			Sheet rows = workbook.createSheet(t(locale, "inspection.export.findings"));
			header(rows, locale, "field.inspection.inspectedOn", "field.inspection.title",
					"field.inspection.teamLeader", "field.finding.site", "field.hazard.district",
					"field.finding.description", "inspection.export.became", "field.hazard.number",
					"field.finding.department", "field.hazard.status");
			int r = 1;
			for (UnannouncedMonth.Row line : data.rows()) {
				cells(rows.createRow(r++), String.valueOf(r - 1), line.inspectedOn().toString(), line.inspection(),
						line.teamLeader(), line.site(), nullToEmpty(line.district()), line.description(),
						t(locale, line.kind().labelKey()), nullToEmpty(line.number()), line.departmentName(),
						line.statusKey() == null ? "" : t(locale, line.statusKey()));
			}
			counts(workbook.createSheet(t(locale, "inspection.export.by-department")), locale,
					"field.finding.department", data.byDepartment());
			counts(workbook.createSheet(t(locale, "inspection.export.by-district")), locale, "field.hazard.district",
					data.byDistrict());
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	private void header(Sheet sheet, Locale locale, String... keys) {
		Row head = sheet.createRow(0);
		head.createCell(0).setCellValue(t(locale, "inspection.export.no"));
		for (int c = 0; c < keys.length; c++) {
			head.createCell(c + 1).setCellValue(t(locale, keys[c]));
		}
	}

	private void counts(Sheet sheet, Locale locale, String nameKey, List<UnannouncedMonth.Count> counts) {
		header(sheet, locale, nameKey, "inspection.export.findings-count", "inspection.export.hazards-count");
		int r = 1;
		for (UnannouncedMonth.Count count : counts) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(r);
			row.createCell(1).setCellValue(count.name());
			row.createCell(2).setCellValue(count.findings());
			row.createCell(3).setCellValue(count.hazards());
			r++;
		}
	}

	private static void cells(Row row, String... values) {
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
		}
	}

	private static String nullToEmpty(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text;
	}

	private String t(Locale locale, String key) {
		return this.translations.getTranslation(key, locale);
	}

}
