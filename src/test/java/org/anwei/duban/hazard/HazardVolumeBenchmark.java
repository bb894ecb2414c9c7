package org.anwei.duban.hazard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.anwei.duban.Medians;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Volume harness for the hazard ledger at 200,000 hazards, on whichever database the
 * tests use: seeds with JDBC batches, then reports median timings of the ledger's first
 * page and count, a filtered page, a text search, a liaison's page, the month's figures
 * and the distribution tables; then the time of a 10,000-row import and of a 100,000-row
 * export with the heap it used. Off by default; not an assertion of speed:
 * {@code ./mvnw test -Dtest=HazardVolumeBenchmark -Danwei.benchmark=true} (add the
 * MariaDB settings of the README to measure MariaDB).
 */
@EnabledIfSystemProperty(named = "anwei.benchmark", matches = "true")
class HazardVolumeBenchmark extends SignedInAsAdminTest {

	private static final int HAZARDS = 200_000;

	private static final int RUNS = 7;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HazardQueries queries;

	@Autowired
	HazardStatistics statistics;

	@Autowired
	HazardImportService importer;

	@Autowired
	HazardExport export;

	@Autowired
	HazardLocations locations;

	@Autowired
	DepartmentService departments;

	@Test
	void hazard_ledger_at_volume() throws IOException {
		List<Long> ids = this.departments.directory().stream().map(DepartmentRef::id).toList();
		long seedStart = System.nanoTime();
		HazardVolumeSeed.seed(this.jdbc, ids, HAZARDS);
		System.out.printf("seeded %,d hazards in %.1f s%n", HAZARDS, (System.nanoTime() - seedStart) / 1e9);

		this.users.login(TestUsers.STAFF);
		report("staff first page (50, newest found)",
				() -> this.queries.list(HazardFilter.none(), PageRequest.of(0, 50)));
		report("staff count", () -> this.queries.count(HazardFilter.none()));
		HazardFilter filtered = new HazardFilter(null, HazardLevel.GENERAL, HazardStatus.RECTIFYING, null, "临江县",
				DirectiveCategory.GAS, null, true, false, null, null);
		report("filtered page (general, rectifying, district, industry, overdue)",
				() -> this.queries.list(filtered, PageRequest.of(0, 50)));
		report("filtered count", () -> this.queries.count(filtered));
		report("text search page",
				() -> this.queries.list(
						new HazardFilter("第4242号", null, null, null, null, null, null, false, false, null, null),
						PageRequest.of(0, 50)));
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2);
		report("month's figures by department", () -> this.statistics.monthly(month, StatisticsDimension.DEPARTMENT));
		report("month's figures by district", () -> this.statistics.monthly(month, StatisticsDimension.DISTRICT));
		report("distribution district x level (open)", () -> this.statistics.byLevel(
				new HazardFilter(null, null, HazardStatus.RECTIFYING, null, null, null, null, false, false, null, null),
				StatisticsDimension.DISTRICT));
		report("distribution industry x level (all)",
				() -> this.statistics.byLevel(HazardFilter.none(), StatisticsDimension.INDUSTRY));
		HazardFilter open = new HazardFilter(null, null, null, null, null, null, null, false, false, null, null, true);
		report("map: open hazards by district", () -> this.statistics.byLevel(open, StatisticsDimension.DISTRICT));
		report("map: newest 3,000 located open hazards", () -> this.locations.points(open, 3000));
		report("map: located open hazards counted", () -> this.locations.count(open));
		this.users.login(TestUsers.DEPT_YJJ);
		report("liaison map markers", () -> this.locations.points(open, 3000));
		report("liaison first page", () -> this.queries.list(HazardFilter.none(), PageRequest.of(0, 50)));
		report("liaison count", () -> this.queries.count(HazardFilter.none()));

		this.users.login(TestUsers.STAFF);
		byte[] file = importFile(10_000);
		long start = System.nanoTime();
		int checked = this.importer.preview(file).rows().size();
		System.out.printf("preview of %,d rows (reading and checking, nothing saved): %.1f s%n", checked,
				(System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		var preview = this.importer.importFile(file);
		System.out.printf("import of %,d rows (%,d bytes xlsx): %.1f s%n", preview.rows().size(), file.length,
				(System.nanoTime() - start) / 1e9);

		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long heapBefore = runtime.totalMemory() - runtime.freeMemory();
		long[] peak = { heapBefore };
		CountingStream out = new CountingStream(peak, runtime);
		start = System.nanoTime();
		int rows = this.export.write(
				new HazardFilter("BM-", null, null, null, null, null, null, false, false,
						LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(182), null),
				false, Locale.SIMPLIFIED_CHINESE, out);
		System.out.printf("export of %,d rows: %.1f s, %,d bytes, heap above start at most %,d MB%n", rows,
				(System.nanoTime() - start) / 1e9, out.count, (peak[0] - heapBefore) / (1024 * 1024));
	}

	/** Counts the bytes written and samples the heap as the export streams. */
	private static final class CountingStream extends OutputStream {

		private final long[] peak;

		private final Runtime runtime;

		long count;

		CountingStream(long[] peak, Runtime runtime) {
			this.peak = peak;
			this.runtime = runtime;
		}

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
			this.peak[0] = Math.max(this.peak[0], this.runtime.totalMemory() - this.runtime.freeMemory());
		}

	}

	private byte[] importFile(int rows) throws IOException {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("台账");
			String[] header = { "序号", "单位名称", "隐患描述", "等级", "类型", "行业", "所在区县", "详细地址", "责任单位", "整改时限", "整改措施", "状态" };
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				head.createCell(c).setCellValue(header[c]);
			}
			for (int r = 1; r <= rows; r++) {
				String[] values = { String.valueOf(r), "导入压测单位" + r + "号", "导入压测隐患第" + r + "条：消防通道堵塞。", "一般", "管理缺陷",
						"消防", HazardVolumeSeed.DISTRICTS.get(r % 5), "某路 " + r + " 号", "市应急管理局",
						today.plusDays(30).toString(), "清理通道。", r % 3 == 0 ? "已销号" : "整改中" };
				Row row = sheet.createRow(r);
				for (int c = 0; c < values.length; c++) {
					row.createCell(c).setCellValue(values[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private void report(String what, Supplier<?> action) {
		Medians.report(what, RUNS, this::touchOneHazard, action);
	}

	/**
	 * H2 caches the result of a repeated query on unchanged tables; change one row first.
	 */
	private void touchOneHazard() {
		this.jdbc.update("update hazard set urge_count = urge_count + 1 where id = (select min(id) from hazard)");
	}

}
