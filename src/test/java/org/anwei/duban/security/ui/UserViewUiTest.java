package org.anwei.duban.security.ui;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.security.CreatedUser;
import org.anwei.duban.security.FirstAdminSetup;
import org.anwei.duban.security.UserCommand;
import org.anwei.duban.security.UserFilter;
import org.anwei.duban.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserViewUiTest extends KaribuTest {

	@Autowired
	UserService userService;

	@Autowired
	FirstAdminSetup setup;

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void admin_creates_a_user_and_is_shown_the_one_time_password_once() {
		login(TestUsers.ADMIN, "users");
		_click(_get(Button.class, spec -> spec.withId("user-new")));
		UserDialog dialog = _get(UserDialog.class);
		String username = unique("ui");
		dialog.username.setValue(username);
		dialog.displayName.setValue("界面新用户");
		dialog.roles.setValue(Set.of(Role.STAFF));
		_click(dialog.save);

		assertThat(_find(UserDialog.class)).isEmpty();
		@SuppressWarnings("unchecked")
		Grid<Object> passwords = _get(Grid.class, spec -> spec.withId("one-time-passwords"));
		assertThat(passwords.getDataCommunicator().getItemCount()).isEqualTo(1);
		assertThat(this.userService.count(new UserFilter(username, null, null, false))).isEqualTo(1);
	}

	@Test
	void only_a_department_user_can_be_marked_as_the_department_head() {
		login(TestUsers.ADMIN, "users");
		_click(_get(Button.class, spec -> spec.withId("user-new")));
		UserDialog dialog = _get(UserDialog.class);
		assertThat(dialog.departmentHead.isVisible()).isFalse();
		dialog.roles.setValue(Set.of(Role.DEPT));
		assertThat(dialog.departmentHead.isVisible()).isTrue();
		assertThat(dialog.departmentHead.getLabel()).isEqualTo("部门负责人");
		String username = unique("head");
		dialog.username.setValue(username);
		dialog.displayName.setValue("界面局长");
		dialog.department.setValue(dialog.department.getListDataView().getItems().findFirst().orElseThrow());
		dialog.departmentHead.setValue(true);
		_click(dialog.save);

		var row = this.userService.list(new UserFilter(username, null, null, false), PageRequest.of(0, 1)).getFirst();
		assertThat(row.departmentHead()).as("the list marks the head").isTrue();
		assertThat(this.userService.get(row.id()).departmentHead()).isTrue();
	}

	@Test
	void user_form_shows_errors_next_to_the_fields() {
		login(TestUsers.ADMIN, "users");
		_click(_get(Button.class, spec -> spec.withId("user-new")));
		UserDialog dialog = _get(UserDialog.class);
		dialog.username.setValue("yjj");
		dialog.displayName.setValue("");
		dialog.roles.setValue(Set.of(Role.DEPT));
		_click(dialog.save);

		assertThat(dialog.username.getErrorMessage()).isEqualTo("用户名“yjj”已存在。");
		assertThat(dialog.displayName.getErrorMessage()).isEqualTo("姓名不能为空。");
		assertThat(dialog.department.getErrorMessage()).isEqualTo("所属单位：成员单位联络员必须属于一个单位。");
	}

	@Test
	void a_user_on_a_one_time_password_is_sent_to_change_it_first() {
		this.users.login(TestUsers.ADMIN);
		CreatedUser created = this.userService
			.create(new UserCommand(unique("otp"), "一次性", null, Set.of(Role.STAFF), Set.of(), null, null), null);
		login(created.account().username(), "departments");
		assertThat(currentPath()).isEqualTo("change-password");
		ChangePasswordView view = _get(ChangePasswordView.class);
		assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("must-change-notice")))
			.hasSize(1);

		view.current.setValue(created.temporaryPassword());
		view.next.setValue("short");
		view.confirm.setValue("short");
		_click(view.save);
		assertThat(view.next.getErrorMessage()).isEqualTo("密码至少需要 10 个字符。");

		view.next.setValue("Brand#New2026");
		view.confirm.setValue("Brand#New2026");
		_click(view.save);
		UI.getCurrent().navigate("departments");
		assertThat(currentPath()).isEqualTo("departments");
	}

	@Test
	void the_setup_page_closes_once_users_exist_and_its_service_refuses() {
		UI.getCurrent().navigate("setup");
		assertThat(currentPath()).isEqualTo("login");
		assertThatThrownBy(() -> this.setup.createFirstAdmin("intruder", "入侵者", "Intruder#2026x"))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void audit_log_lists_changes_for_admins() {
		login(TestUsers.ADMIN, "audit");
		@SuppressWarnings("unchecked")
		Grid<Object> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
		assertThat(grid.getDataCommunicator().getItemCount()).isPositive();
	}

}
