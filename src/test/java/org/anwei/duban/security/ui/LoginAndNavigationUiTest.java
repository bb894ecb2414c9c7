package org.anwei.duban.security.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.i18n.Languages;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import org.anwei.duban.security.internal.AppUserRepository;
import org.anwei.duban.security.FirstAdminSetup;
import org.anwei.duban.security.LoginProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

class LoginAndNavigationUiTest extends KaribuTest {

	@Autowired
	AppUserRepository accounts;

	@Autowired
	FirstAdminSetup setup;

	@Autowired
	LoginProperties loginProperties;

	@Test
	void anonymous_visitor_is_sent_to_the_login_page() {
		UI.getCurrent().navigate("departments");
		assertThat(currentPath()).isEqualTo("login");
		assertThat(_get(LoginView.class).shown.getForm().getTitle()).isEqualTo("登录");
	}

	@Test
	void the_login_page_names_the_demo_accounts_only_in_the_demo_profile() {
		UI.getCurrent().navigate("login");
		assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("login-demo-hint")))
			.as("the test profile is not the demo")
			.isEmpty();

		MockEnvironment demo = new MockEnvironment();
		demo.setActiveProfiles("demo");
		LoginView demoLogin = new LoginView(this.setup, this.loginProperties, demo);
		assertThat(demoLogin.getChildren().anyMatch(child -> child.getId().orElse("").equals("login-demo-hint")))
			.isTrue();
		assertThat(new LoginView(this.setup, this.loginProperties, new MockEnvironment()).getChildren()
			.anyMatch(child -> child.getId().orElse("").equals("login-demo-hint"))).isFalse();
	}

	@Test
	void login_page_speaks_english_when_chosen() {
		useLocale(Languages.ENGLISH);
		UI.getCurrent().navigate("login");
		assertThat(_get(LoginView.class).shown.getForm().getTitle()).isEqualTo("Log in");
	}

	@Test
	void the_language_switched_in_the_header_is_kept_with_the_account_for_its_mail() {
		login(TestUsers.DEPT_ZJJ, "");
		MenuBar menu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
		try {
			ContextMenuKt._clickItemWithID(menu, "language-en");
			assertThat(this.accounts.findByUsername(TestUsers.DEPT_ZJJ).orElseThrow().getLanguage()).isEqualTo("en");
			assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
		}
		finally {
			ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "language-zh-CN");
		}
		assertThat(this.accounts.findByUsername(TestUsers.DEPT_ZJJ).orElseThrow().getLanguage()).isEqualTo("zh-CN");
	}

	@Test
	void failed_login_shows_the_error_message() {
		UI.getCurrent().navigate("login?error");
		assertThat(_get(LoginForm.class).isError()).isTrue();
		assertThat(_get(LoginView.class).shown.getErrorMessage().getMessage()).contains("用户名或密码不正确");
	}

	@Test
	void a_session_that_ended_is_explained_above_the_form_not_as_a_failed_sign_in() {
		UI.getCurrent().navigate("login?ended");
		LoginView view = _get(LoginView.class);
		assertThat(view.sessionEnded.isVisible()).isTrue();
		assertThat(view.sessionEnded.getText()).contains("会话已结束").contains("已保存的内容都在");
		assertThat(_get(LoginForm.class).isError()).isFalse();

		UI.getCurrent().navigate("login");
		assertThat(_get(LoginView.class).sessionEnded.isVisible()).isFalse();
	}

	@Test
	void admin_sees_administration_menu() {
		login(TestUsers.ADMIN, "");
		assertThat(menu()).containsExactly("工作台", "成员单位", "辖区地图", "用户管理", "审计日志");
	}

	@Test
	void staff_sees_departments_but_not_users_or_audit() {
		login(TestUsers.STAFF, "");
		assertThat(menu()).containsExactly("工作台", "领导驾驶舱", "我的待办", "任务", "隐患台账", "检查督查", "会议", "问责台账", "月度通报", "成员单位");
	}

	@Test
	void department_liaison_sees_the_home_page_and_their_tasks() {
		login(TestUsers.DEPT_YJJ, "");
		assertThat(menu()).containsExactly("工作台", "我的待办", "任务", "隐患台账", "检查督查", "问责台账");
	}

	@Test
	void department_liaison_who_guesses_the_users_url_is_not_shown_the_view() {
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> UI.getCurrent().navigate("users")).hasMessageContaining("Access is denied");
		assertThat(_find(UserListView.class)).isEmpty();
	}

	private static List<String> menu() {
		return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
	}

}
