package org.anwei.duban.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskImportServiceTest extends SignedInAsAdminTest {

	@Autowired
	TaskImportService importer;

	@Autowired
	TaskQueries queries;

	@BeforeEach
	void staff() {
		this.users.login(TestUsers.STAFF);
	}

	@Test
	void a_ledger_becomes_tasks_with_departments_named_any_way_they_are_known() throws IOException {
		String tag = Long.toString(System.nanoTime(), 36);
		byte[] file = workbook(
				List.of(List.of("消防通道清理" + tag, "清理全市高层建筑消防通道。", "市安监局", "ZJJ、市消防救援支队", "2026-12-31", "特急", "消防"),
						List.of("校园安全检查" + tag, "开学前完成校园安全检查。", "市教育局", "", "2027年2月20日", "", "")));
		List<Long> ids = this.importer.importFile(file);
		assertThat(ids).hasSize(2);
		TaskDetails first = this.queries.get(ids.getFirst());
		assertThat(first.lead().departmentName()).isEqualTo("市应急管理局");
		assertThat(first.parties()).extracting(PartyDetails::departmentName)
			.containsExactlyInAnyOrder("市应急管理局", "市住房和城乡建设局", "市消防救援支队");
		assertThat(first.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(first.category().chineseName()).isEqualTo("消防");
		assertThat(this.queries.get(ids.get(1)).currentDeadline()).isEqualTo(LocalDate.of(2027, 2, 20));
	}

	@Test
	void one_bad_row_names_its_errors_and_nothing_is_imported() throws IOException {
		String tag = Long.toString(System.nanoTime(), 36);
		byte[] file = workbook(List.of(List.of("好的一行" + tag, "内容", "YJJ", "", "2026-12-31", "", ""),
				List.of("坏的一行" + tag, "内容", "不存在的局", "", "下个月", "很急", "")));
		ImportPreview<TaskCommand> preview = this.importer.preview(file);
		assertThat(preview.errorRowCount()).isEqualTo(1);
		assertThat(preview.rows().get(1).rowNumber()).isEqualTo(3);
		assertThat(preview.rows().get(1).errors()).extracting(FieldError::messageKey)
			.contains("validation.task.department-unknown", "validation.task.date", "validation.task.urgency-unknown");
		assertThatThrownBy(() -> this.importer.importFile(file)).isInstanceOf(ImportRejectedException.class);
		assertThat(
				this.queries.list(new TaskFilter(tag, null, null, null, null, null, null, null), PageRequest.of(0, 10)))
			.isEmpty();
	}

	private static byte[] workbook(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("任务台账");
			List<String> header = List.of("任务名称", "任务内容", "牵头单位", "配合单位", "完成时限", "紧急程度", "类别");
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
