package org.anwei.duban.hazard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.importing.ImportRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing a ledger kept in Excel: headers worded as committees word them, dates in
 * every form people type, GBK CSV, per-row and per-field errors, nothing saved from a
 * rejected file unless the valid rows are asked for, the same file twice changing
 * nothing, and an exported ledger importing back unchanged.
 */
class HazardImportTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private static final List<String> HEADER = List.of("序号", "隐患编号", "单位名称", "统一社会信用代码", "隐患描述", "隐患等级", "隐患类型", "行业领域",
			"所在区县", "详细地址", "责任单位", "整改措施", "整改资金（元）", "整改时限", "整改责任人", "应急预案", "挂牌督办", "督办文号", "状态", "发现日期", "备注");

	@Autowired
	HazardImportService importer;

	@Autowired
	HazardExport export;

	@Autowired
	HazardQueries queries;

	private static String slash(LocalDate d) {
		return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
	}

	private static String chinese(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}

	/** Three good rows: general, major and listed, already closed out. */
	private static List<List<String>> good(String marker) {
		return List.of(
				List.of("1", "", marker + "宏达化工有限公司", "", "储罐区可燃气体报警器失效。", "一般隐患", "物的不安全状态", "危险化学品", "城东区", "滨江路 1 号",
						"市应急局", "更换报警器。", "12,000", slash(TODAY.plusDays(20)), "张工", "", "", "", "整改中",
						TODAY.minusDays(10).toString().replace('-', '.'), "企业自查发现"),
				List.of("2", "", marker + "港区液氨站", "", "液氨储罐安全阀失效。", "重大隐患", "物的不安全状态", "危险化学品", "临江县", "港区 8 号",
						"市应急管理局", "停用储罐，更换安全阀。", "85000", chinese(TODAY.plusDays(60)), "李厂长", "液氨泄漏专项应急预案", "市级挂牌督办",
						"示安委办督〔2026〕9号", "", chinese(TODAY.minusDays(5)), ""),
				List.of("3", "", marker + "金山农贸市场", "", "燃气软管老化。", "一般", "物的不安全状态", "城镇燃气", "城西区", "金山路 3 号", "CGJ",
						"更换软管。", "", TODAY.plusDays(5).toString(), "", "", "", "", "已销号",
						TODAY.minusDays(30).toString(), ""));
	}

	private static byte[] xlsx(List<String> header, List<List<String>> rows) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("隐患台账");
			write(sheet.createRow(0), header);
			for (int r = 0; r < rows.size(); r++) {
				write(sheet.createRow(r + 1), rows.get(r));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void write(Row row, List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			row.createCell(c).setCellValue(values.get(c));
		}
	}

	private HazardFilter marked(String marker) {
		return new HazardFilter(marker, null, null, null, null, null, null, false, false, null, null);
	}

	@Test
	void a_ledger_imports_once_and_the_same_file_again_changes_nothing() throws IOException {
		this.users.login(TestUsers.STAFF);
		String marker = "导入" + System.nanoTime();
		byte[] file = xlsx(HEADER, good(marker));
		ImportPreview<HazardImportService.Row> preview = this.importer.preview(file);
		assertThat(preview.rows()).allSatisfy(r -> assertThat(r.errors()).isEmpty());
		assertThat(preview.count(ImportAction.CREATE)).isEqualTo(3);
		this.importer.importFile(file);

		List<HazardListItem> imported = this.queries.list(marked(marker), org.springframework.data.domain.PageRequest
			.of(0, 10, org.springframework.data.domain.Sort.by("unitName")));
		assertThat(imported).hasSize(3);
		HazardDetails major = this.queries
			.get(imported.stream().filter(h -> h.level() == HazardLevel.MAJOR).findFirst().orElseThrow().id());
		assertThat(major.listingLevel()).isEqualTo(ListingLevel.CITY);
		assertThat(major.timeLimit()).isEqualTo(TODAY.plusDays(60));
		assertThat(major.foundOn()).isEqualTo(TODAY.minusDays(5));
		assertThat(imported).extracting(HazardListItem::status)
			.containsExactlyInAnyOrder(HazardStatus.RECTIFYING, HazardStatus.REGISTERED, HazardStatus.CLOSED);
		assertThat(this.queries.history(major.id()).getFirst().action()).isEqualTo("IMPORTED");

		ImportPreview<HazardImportService.Row> again = this.importer.importFile(file);
		assertThat(again.count(ImportAction.UNCHANGED)).as("the same file twice").isEqualTo(3);
		assertThat(this.queries.count(marked(marker))).isEqualTo(3);

		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		assertThat(this.export.write(marked(marker), true, Locale.SIMPLIFIED_CHINESE, exported)).isEqualTo(3);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported.toByteArray()))) {
			assertThat(workbook.getSheet("隐患台账").getRow(1).getCell(2).getStringCellValue()).contains(marker);
			assertThat(workbook.getSheet("变更记录").getLastRowNum()).as("every change, here the imports")
				.isGreaterThanOrEqualTo(3);
		}
		ImportPreview<HazardImportService.Row> roundTrip = this.importer.preview(exported.toByteArray());
		assertThat(roundTrip.rows()).as("an exported ledger imports back unchanged")
			.allSatisfy(r -> assertThat(r.action()).isEqualTo(ImportAction.UNCHANGED));

		List<List<String>> changed = new java.util.ArrayList<>(good(marker));
		List<String> first = new java.util.ArrayList<>(changed.getFirst());
		first.set(11, "更换报警器并联网。");
		changed.set(0, first);
		ImportPreview<HazardImportService.Row> update = this.importer.importFile(xlsx(HEADER, changed));
		assertThat(update.count(ImportAction.UPDATE)).isEqualTo(1);
		assertThat(update.count(ImportAction.UNCHANGED)).isEqualTo(2);
	}

	@Test
	void a_wrong_file_names_each_row_and_field_and_saves_nothing_unless_the_valid_rows_are_asked_for()
			throws IOException {
		this.users.login(TestUsers.STAFF);
		String marker = "错误" + System.nanoTime();
		List<List<String>> rows = new java.util.ArrayList<>(good(marker).subList(0, 1));
		rows.add(List.of("2", "", marker + "坏日期厂", "", "问题。", "一般", "物的不安全状态", "危险化学品", "城东区", "某路", "市应急局", "", "",
				"2026-13-45", "", "", "", "", "", "", ""));
		rows.add(List.of("3", "", marker + "无五落实厂", "", "问题。", "重大", "物的不安全状态", "危险化学品", "城东区", "某路", "市应急局", "", "",
				TODAY.plusDays(9).toString(), "", "", "", "", "", "", ""));
		rows.add(good(marker).getFirst());
		rows.add(List.of("5", "", marker + "无此单位厂", "", "问题。", "一般", "物的不安全状态", "危险化学品", "城东区", "某路", "市不存在局", "", "",
				TODAY.plusDays(9).toString(), "", "", "", "", "", "", ""));
		byte[] file = xlsx(HEADER, rows);
		ImportPreview<HazardImportService.Row> preview = this.importer.preview(file);
		assertThat(preview.rows()).extracting(ImportRow::action)
			.containsExactly(ImportAction.CREATE, ImportAction.REJECT, ImportAction.REJECT, ImportAction.REJECT,
					ImportAction.REJECT);
		assertThat(preview.rows().get(1).errors())
			.containsExactly(FieldError.of("hazard.timeLimit", "validation.hazard.import-date", "2026-13-45"));
		assertThat(preview.rows().get(2).errors()).extracting(FieldError::field)
			.contains("hazard.measures", "hazard.funds", "hazard.emergencyPlan", "hazard.rectificationOwner");
		assertThat(preview.rows().get(3).errors()).extracting(FieldError::messageKey)
			.containsExactly("validation.hazard.import-duplicate");
		assertThat(preview.rows().get(4).errors()).extracting(FieldError::field)
			.containsExactly("hazard.responsibleDepartment");
		assertThat(preview.rows().get(1).rowNumber()).as("the row number as Excel shows it").isEqualTo(3);

		assertThatThrownBy(() -> this.importer.importFile(file)).isInstanceOf(ImportRejectedException.class);
		assertThat(this.queries.count(marked(marker))).as("nothing partial").isZero();
		this.importer.importValidRows(file);
		assertThat(this.queries.count(marked(marker))).as("only the valid row").isEqualTo(1);

		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.importer.preview(file)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_gbk_csv_with_headers_worded_differently_imports_with_its_chinese_intact() {
		this.users.login(TestUsers.STAFF);
		String marker = "CSV" + System.nanoTime();
		String csv = "序号,单位（场所）名称,存在问题,隐患级别,类型,所属行业,区县,地址,整改责任单位,整改期限（日期）,备注\n" + "1," + marker
				+ "青石木业,除尘系统未设置泄爆装置。,一般,物的不安全状态,粉尘涉爆,青山县,青石路 9 号,市工信局," + TODAY.plusDays(15) + ",\n";
		byte[] gbk = csv.getBytes(java.nio.charset.Charset.forName("GBK"));
		ImportPreview<HazardImportService.Row> preview = this.importer.importFile(gbk);
		assertThat(preview.count(ImportAction.CREATE)).isEqualTo(1);
		HazardListItem item = this.queries.list(marked(marker), org.springframework.data.domain.PageRequest.of(0, 5))
			.getFirst();
		assertThat(item.unitName()).isEqualTo(marker + "青石木业");
		assertThat(item.district()).isEqualTo("青山县");
	}

}
