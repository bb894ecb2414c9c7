package org.anwei.duban.organization.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.ui.ImportDialog;
import org.anwei.duban.organization.DepartmentFilter;
import org.anwei.duban.organization.DepartmentListItem;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.organization.DepartmentType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fields are set with {@code setValue} rather than Karibu's {@code _setValue}: the latter
 * calls a Vaadin-internal method whose signature changed in Vaadin 25.3.
 */
class DepartmentViewUiTest extends KaribuTest {

	@Autowired
	DepartmentService departments;

	private DepartmentListView openAsAdmin() {
		login(TestUsers.ADMIN, "departments");
		return _get(DepartmentListView.class);
	}

	private static String unique() {
		return Long.toString(System.nanoTime(), 36).toUpperCase();
	}

	@Test
	void search_filters_the_lazy_grid_by_alias_and_keeps_the_filter_in_the_url() {
		DepartmentListView view = openAsAdmin();
		view.search.setValue("市安监局");
		@SuppressWarnings("unchecked")
		Grid<DepartmentListItem> grid = _get(Grid.class, spec -> spec.withId("department-grid"));
		assertThat(_size(grid)).isEqualTo(1);
		assertThat(grid.getDataCommunicator().getItem(0).code()).isEqualTo("YJJ");

		UI.getCurrent().navigate("departments?q=%E4%BD%8F%E5%BB%BA&inactive=true");
		DepartmentListView reopened = _get(DepartmentListView.class);
		assertThat(reopened.search.getValue()).isEqualTo("住建");
		assertThat(reopened.showInactive.getValue()).isTrue();
	}

	@Test
	void admin_creates_a_department_in_the_dialog() {
		DepartmentListView view = openAsAdmin();
		_click(_get(Button.class, spec -> spec.withId("department-new")));
		DepartmentDialog dialog = _get(DepartmentDialog.class);
		String code = "UI" + unique();
		dialog.code.setValue(code);
		dialog.name.setValue("界面测试单位" + code);
		dialog.type.setValue(DepartmentType.ENTERPRISE);
		dialog.aliases.setValue("界面别名" + code + "\n旧称" + code);
		_click(dialog.save);

		assertThat(_find(DepartmentDialog.class)).isEmpty();
		assertThat(this.departments.count(new DepartmentFilter("旧称" + code, null, false))).isEqualTo(1);
		assertThat(view.grid).isNotNull();
	}

	@Test
	void validation_messages_name_the_field_in_chinese_and_in_english() {
		openAsAdmin();
		_click(_get(Button.class, spec -> spec.withId("department-new")));
		DepartmentDialog dialog = _get(DepartmentDialog.class);
		dialog.code.setValue("YJJ");
		dialog.name.setValue("");
		dialog.aliases.setValue("市安监局");
		_click(dialog.save);

		assertThat(dialog.code.isInvalid()).isTrue();
		assertThat(dialog.code.getErrorMessage()).isEqualTo("编码“YJJ”已被其他单位使用。");
		assertThat(dialog.name.getErrorMessage()).isEqualTo("全称不能为空。");
		assertThat(dialog.aliases.getErrorMessage()).contains("市安监局").contains("市应急管理局");
		assertThat(_find(DepartmentDialog.class)).hasSize(1);

		useLocale(Languages.ENGLISH);
		_click(dialog.save);
		assertThat(dialog.name.getErrorMessage()).isEqualTo("Full name is required.");
	}

	@Test
	void a_second_editor_is_told_about_the_conflict_and_keeps_their_input() {
		DepartmentListView view = openAsAdmin();
		String code = "CF" + unique();
		this.users.login(TestUsers.ADMIN);
		var created = this.departments.create(new org.anwei.duban.organization.DepartmentCommand(code, "冲突" + code,
				null, DepartmentType.OTHER, null, java.util.List.of(), null, null));
		view.openDialog(created.id());
		DepartmentDialog dialog = _get(DepartmentDialog.class);
		// Someone else saves first.
		this.departments.update(created.id(), created.version(), new org.anwei.duban.organization.DepartmentCommand(
				code, "冲突" + code, "他人修改", DepartmentType.OTHER, null, java.util.List.of(), null, null));
		dialog.shortName.setValue("我的修改");
		_click(dialog.save);

		assertThat(_find(DepartmentDialog.class)).hasSize(1);
		assertThat(dialog.shortName.getValue()).isEqualTo("我的修改");
		assertThat(this.departments.get(created.id()).shortName()).isEqualTo("他人修改");
	}

	@Test
	void import_previews_rows_and_saves_only_a_valid_file() {
		openAsAdmin();
		_click(_get(Button.class, spec -> spec.withId("department-import")));
		@SuppressWarnings("unchecked")
		ImportDialog<?, ?> dialog = _get(ImportDialog.class);
		String code = "IM" + unique();
		dialog.receive(("编码,全称,类型\n" + code + ",导入界面" + code + ",火星\n").getBytes(StandardCharsets.UTF_8));
		assertThat(dialog.importButton().isEnabled()).isFalse();

		dialog.receive(("编码,全称,类型\n" + code + ",导入界面" + code + ",企业\n").getBytes(StandardCharsets.UTF_8));
		assertThat(dialog.importButton().isEnabled()).isTrue();
		_click(dialog.importButton());
		assertThat(this.departments.count(new DepartmentFilter(code, null, false))).isEqualTo(1);
	}

	@Test
	void staff_see_the_list_but_cannot_create_or_import() {
		login(TestUsers.STAFF, "departments");
		assertThat(_find(Button.class, spec -> spec.withId("department-new"))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("department-import"))).isEmpty();
	}

}
