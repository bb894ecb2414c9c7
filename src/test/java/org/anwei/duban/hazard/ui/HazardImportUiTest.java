package org.anwei.duban.hazard.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ui.ImportDialog;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff import a ledger with one wrong row, choosing to import the valid rows only. */
class HazardImportUiTest extends KaribuTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void staff_import_the_valid_rows_of_a_ledger_with_a_wrong_row() {
		String marker = "页面导入" + System.nanoTime();
		String csv = "单位名称,隐患描述,等级,类型,行业,所在区县,详细地址,责任单位,整改时限\n" + marker + "甲厂,动火作业未审批。,一般,管理缺陷,危险化学品,城东区,某路 1 号,市应急局,"
				+ TODAY.plusDays(10) + "\n" + marker + "乙厂,问题。,一般,管理缺陷,危险化学品,城东区,某路 2 号,市应急局,下个月\n";
		login(TestUsers.STAFF, "hazards");
		assertThat(_get(Button.class, spec -> spec.withId("hazard-export")).isEnabled()).isTrue();
		_click(_get(Button.class, spec -> spec.withId("hazard-import")));
		@SuppressWarnings("unchecked")
		ImportDialog<Object, Object> dialog = _get(ImportDialog.class);
		dialog.receive(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(dialog.importButton().isEnabled()).as("a wrong row blocks the whole file").isFalse();
		Checkbox validOnly = _get(Checkbox.class, spec -> spec.withId("import-valid-rows-only"));
		validOnly.setValue(true);
		assertThat(dialog.importButton().isEnabled()).isTrue();
		_click(dialog.importButton());
		assertThat(_find(ImportDialog.class)).isEmpty();

		login(TestUsers.STAFF, "hazards?q=" + marker);
		assertThat(_get(HazardListView.class).shown()).singleElement()
			.satisfies(h -> assertThat(h.unitName()).isEqualTo(marker + "甲厂"));

		login(TestUsers.DEPT_YJJ, "hazards/rechecks");
		login(TestUsers.DEPT_YJJ, "hazards");
		assertThat(_find(Button.class, spec -> spec.withId("hazard-import"))).as("staff import").isEmpty();
	}

}
