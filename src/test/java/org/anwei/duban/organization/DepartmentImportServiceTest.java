package org.anwei.duban.organization;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.importing.ImportRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentImportServiceTest extends SignedInAsAdminTest {

	private static final String HEADER = "编码,全称,简称,别名,类型,上级编码,联系人,联系电话\n";

	@Autowired
	DepartmentImportService importService;

	@Autowired
	DepartmentService departments;

	private static String prefix() {
		return "I" + Long.toString(System.nanoTime(), 36).toUpperCase();
	}

	@Test
	void a_gbk_file_creates_new_departments_with_parents_named_later_in_the_file() {
		String p = prefix();
		String csv = HEADER + p + "C,城北街道" + p + ",,北街道" + p + "；老城北" + p + ",其他," + p + "P,张三,0571-111\n" + p
				+ "P,城北区政府" + p + ",城北区,,区县政府,,李四,\n";
		ImportPreview<DepartmentCommand> result = this.importService.importFile(csv.getBytes(Charset.forName("GBK")));

		assertThat(result.rows()).extracting(ImportRow::action).containsOnly(ImportAction.CREATE);
		DepartmentListItem child = this.departments
			.list(new DepartmentFilter(p + "C", null, false), org.springframework.data.domain.PageRequest.of(0, 5))
			.getFirst();
		assertThat(child.parentName()).isEqualTo("城北区政府" + p);
		assertThat(child.aliases()).containsExactlyInAnyOrder("北街道" + p, "老城北" + p);
		assertThat(child.type()).isEqualTo(DepartmentType.OTHER);
	}

	@Test
	void an_existing_code_updates_that_department() {
		String p = prefix();
		this.importService.importFile((HEADER + p + ",旧名" + p + ",,,企业,,,\n").getBytes(StandardCharsets.UTF_8));
		ImportPreview<DepartmentCommand> update = this.importService
			.importFile((HEADER + p + ",新名" + p + ",,,Enterprise,,,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(update.rows()).extracting(ImportRow::action).containsExactly(ImportAction.UPDATE);
		assertThat(this.departments.count(new DepartmentFilter("新名" + p, null, false))).isEqualTo(1);
		assertThat(this.departments.count(new DepartmentFilter("旧名" + p, null, false))).isZero();
	}

	@Test
	void one_bad_row_rejects_the_whole_file_and_names_row_and_field() {
		String p = prefix();
		String csv = HEADER + p + "A,好单位" + p + ",,,企业,,,\n" // row 2: fine
				+ p + "B,坏单位" + p + ",,市安监局,火星单位,,,\n" // row 3: alias taken, unknown type
				+ p + "A,重复编码" + p + ",,,企业,,,\n"; // row 4: duplicate code in the file
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

		ImportPreview<DepartmentCommand> preview = this.importService.preview(bytes);
		assertThat(preview.acceptable()).isFalse();
		assertThat(preview.rows().get(1).rowNumber()).isEqualTo(3);
		assertThat(preview.rows().get(1).errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("department.type", "department.aliases");
		assertThat(preview.rows().get(2).errors()).extracting(FieldError::messageKey)
			.containsExactly("validation.import.duplicate-in-file");

		assertThatThrownBy(() -> this.importService.importFile(bytes)).isInstanceOf(ImportRejectedException.class);
		assertThat(this.departments.count(new DepartmentFilter(p, null, false))).isZero();
	}

	@Test
	void ten_thousand_rows_import_in_one_go() {
		String p = prefix();
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 10_000; i++) {
			csv.append(p).append('-').append(i).append(",批量单位").append(p).append('-').append(i).append(",,,企业,,,\n");
		}
		ImportPreview<DepartmentCommand> result = this.importService
			.importFile(csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(result.count(ImportAction.CREATE)).isEqualTo(10_000);
		assertThat(this.departments.count(new DepartmentFilter(p + "-", null, false))).isEqualTo(10_000);
	}

	@Test
	void only_admins_import() {
		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.importService.preview(HEADER.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
