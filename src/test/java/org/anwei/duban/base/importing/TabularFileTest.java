package org.anwei.duban.base.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularFileTest {

	static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("code", "编码", "Code"),
			ImportColumn.required("name", "全称", "Name"), ImportColumn.optional("note", "备注", "Note"));

	static final String CSV = "编码,全称,备注\nA1,市应急管理局,\"含,逗号\"\n\n,,\nB2,市住房和城乡建设局,\n";

	@Test
	void reads_utf8_csv_with_and_without_bom_skipping_blank_rows() {
		for (byte[] bytes : List.of(CSV.getBytes(StandardCharsets.UTF_8),
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, CSV.getBytes(StandardCharsets.UTF_8)))) {
			List<TabularRow> rows = TabularFile.read(bytes, COLUMNS);
			assertThat(rows).extracting(TabularRow::rowNumber).containsExactly(2, 5);
			assertThat(rows.getFirst().get("note")).isEqualTo("含,逗号");
			assertThat(rows.get(1).get("name")).isEqualTo("市住房和城乡建设局");
		}
	}

	@Test
	void reads_gbk_gb18030_and_utf16_files_as_excel_saves_them() {
		for (Charset charset : List.of(Charset.forName("GBK"), Charset.forName("GB18030"))) {
			assertThat(TabularFile.read(CSV.getBytes(charset), COLUMNS).getFirst().get("name")).isEqualTo("市应急管理局");
		}
		byte[] utf16 = concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				CSV.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE));
		assertThat(TabularFile.read(utf16, COLUMNS).getFirst().get("name")).isEqualTo("市应急管理局");
		assertThat(TextEncoding.decode("编码".getBytes(Charset.forName("GBK"))).charset())
			.isEqualTo(TextEncoding.GB18030);
	}

	@Test
	void reads_the_first_sheet_of_an_xlsx_whatever_the_file_is_called() throws IOException {
		List<TabularRow> rows = TabularFile
			.read(xlsx(new String[][] { { "Code", "Name" }, { "A1", "市应急管理局" }, {}, { "B2", "市交通运输局" } }), COLUMNS);
		assertThat(rows).extracting(r -> r.get("code")).containsExactly("A1", "B2");
		assertThat(rows).extracting(TabularRow::rowNumber).containsExactly(2, 4);
	}

	@Test
	void names_missing_and_unknown_columns() {
		assertThatThrownBy(() -> TabularFile.read("编码,名字\nA,B\n".getBytes(StandardCharsets.UTF_8), COLUMNS))
			.isInstanceOfSatisfying(ImportFileException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("import.error.columns");
				assertThat(ex.arguments()).containsExactly("全称", "名字", "编码、全称、备注");
			});
	}

	@Test
	void rejects_empty_files_header_only_files_junk_and_files_too_long() {
		assertThatThrownBy(() -> TabularFile.read(new byte[0], COLUMNS)).hasMessage("import.error.empty");
		assertThatThrownBy(() -> TabularFile.read("编码,全称\n".getBytes(StandardCharsets.UTF_8), COLUMNS))
			.hasMessage("import.error.no-rows");
		byte[] junk = new byte[2048];
		new java.util.Random(42).nextBytes(junk);
		assertThatThrownBy(() -> TabularFile.read(junk, COLUMNS)).isInstanceOf(ImportFileException.class);
		byte[] fakeXlsx = concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), junk);
		assertThatThrownBy(() -> TabularFile.read(fakeXlsx, COLUMNS)).hasMessage("import.error.unreadable");
		StringBuilder huge = new StringBuilder("编码,全称\n");
		for (int i = 0; i <= TabularFile.MAX_ROWS; i++) {
			huge.append('C').append(i).append(",单位").append(i).append('\n');
		}
		assertThatThrownBy(() -> TabularFile.read(huge.toString().getBytes(StandardCharsets.UTF_8), COLUMNS))
			.hasMessage("import.error.too-many-rows");
	}

	static byte[] xlsx(String[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("单位");
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
