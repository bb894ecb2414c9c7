package org.anwei.duban.task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ReportingPeriod;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.anwei.duban.task.TaskFigureFixture.MONTH;
import static org.anwei.duban.task.TaskFigureFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 督办台账 of a filtered list, read back with POI: the committees' columns in Chinese (or
 * English), a row per task of the filter in the list's order, the latest progress,
 * extended deadlines and remarks, and only tasks the caller may see.
 */
class TaskLedgerExportTest extends SignedInAsAdminTest {

	@Autowired
	TaskLedgerExport export;

	@Autowired
	TaskFigureFixtures fixtures;

	private TaskFigureFixture f;

	@BeforeEach
	void seed() {
		this.f = this.fixtures.create();
	}

	@Test
	void a_figures_list_exports_in_the_committees_layout_with_chinese_text_intact() throws IOException {
		this.users.login(TestUsers.STAFF);
		TaskFilter overdue = TaskFilter.scope(this.f.first, null, null)
			.with(new FigureFilter(TaskFigure.OVERDUE, ReportingPeriod.of(MONTH)));
		List<List<String>> rows = read(overdue, Locale.SIMPLIFIED_CHINESE, 2);
		assertThat(rows.get(0).getFirst()).startsWith("督办台账");
		assertThat(rows.get(1)).containsExactly("序号", "工作任务", "来源会议", "牵头单位", "配合单位", "完成时限", "进展情况", "状态", "备注");
		assertThat(rows.get(2).get(1)).as("T2 first: the earlier deadline").startsWith("乙：逾期办结");
		assertThat(rows.get(2).get(6)).as("its latest report").isEqualTo(day(24) + " 已完成。");
		assertThat(rows.get(2).get(7)).isEqualTo("已办结");
		assertThat(rows.get(3).get(1)).startsWith("丙：延期后仍逾期");
		assertThat(rows.get(3).get(5)).isEqualTo(day(28) + "（原 " + day(22) + "）");
		assertThat(rows.get(3).get(7)).isEqualTo("办理中（红灯）");
		assertThat(rows.get(3).get(8)).contains("延期 1 次").contains("久未更新");
	}

	@Test
	void remarks_name_returns_and_urges_and_english_headers_read_in_english() throws IOException {
		this.users.login(TestUsers.STAFF);
		TaskFilter returned = TaskFilter.scope(this.f.first, null, null)
			.with(new FigureFilter(TaskFigure.RETURNED, ReportingPeriod.of(MONTH)));
		List<List<String>> rows = read(returned, Locale.ENGLISH, 1);
		assertThat(rows.get(1).get(0)).isEqualTo("No.");
		assertThat(rows.get(1).get(6)).isEqualTo("Progress");
		assertThat(rows.get(2).get(1)).startsWith("丁：退回并催办");
		assertThat(rows.get(2).get(8)).contains("returns: 1").contains("urges: 1");
	}

	@Test
	void a_liaison_exports_only_the_tasks_of_their_department() throws IOException {
		this.users.login(this.f.secondLiaison);
		List<List<String>> rows = read(TaskFilter.none(), Locale.SIMPLIFIED_CHINESE, 1);
		assertThat(rows.get(2).get(1)).startsWith("己：乙牵头甲配合");
		assertThat(rows.get(2).get(4)).as("the first department assists").isNotBlank();
	}

	/** The sheet's rows as text; checks the number of task rows written. */
	private List<List<String>> read(TaskFilter filter, Locale locale, int expectedTasks) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(this.export.write(filter, locale, out)).isEqualTo(expectedTasks);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(expectedTasks + 1);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(c.getStringCellValue()));
				rows.add(cells);
			}
			return rows;
		}
	}

}
