package org.anwei.duban.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserImportServiceTest extends SignedInAsAdminTest {

	private static final String HEADER = "用户名,姓名,单位编码,角色,分管单位编码,手机,邮箱\n";

	@Autowired
	UserImportService importService;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	UserService users;

	@Autowired
	org.anwei.duban.organization.DepartmentService departments;

	private long departmentId(String code) {
		return this.departments.directory().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
	}

	@Test
	void imported_accounts_get_one_time_passwords_and_their_roles() {
		String p = "imp" + Long.toString(System.nanoTime(), 36);
		String csv = HEADER + p + "a,甲,YJJ,成员单位联络员,,13900000001,\n" + p + "b,乙,,领导,YJJ、ZJJ,,b@example.org\n";
		List<UserImportService.ImportedUser> imported = this.importService
			.importFile(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(imported).extracting(UserImportService.ImportedUser::username).containsExactly(p + "a", p + "b");
		AppUserPrincipal leader = (AppUserPrincipal) this.userDetailsService.loadUserByUsername(p + "b");
		assertThat(leader.roles()).containsExactly(Role.LEADER);
		assertThat(leader.overseenDepartmentIds()).hasSize(2);
		assertThat(leader.mustChangePassword()).isTrue();
	}

	@Test
	void a_department_head_column_marks_the_head_and_refuses_anything_but_yes_or_no() {
		String p = "head" + Long.toString(System.nanoTime(), 36);
		String header = "用户名,姓名,单位编码,角色,部门负责人\n";
		String bad = header + p + "x,丙,YJJ,成员单位联络员,也许\n";
		assertThat(this.importService.preview(bad.getBytes(StandardCharsets.UTF_8)).rows().getFirst().errors())
			.extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("user.departmentHead", "validation.yes-no"));

		String good = header + p + "a,甲,YJJ,成员单位联络员,是\n" + p + "b,乙,YJJ,成员单位联络员,\n";
		this.importService.importFile(good.getBytes(StandardCharsets.UTF_8));
		assertThat(this.users.recipientsOf(departmentId("YJJ")).heads()).extracting(Recipient::username)
			.contains(p + "a")
			.doesNotContain(p + "b");
	}

	@Test
	void unknown_codes_roles_and_existing_usernames_reject_the_file() {
		String p = "bad" + Long.toString(System.nanoTime(), 36);
		String csv = HEADER + p + ",甲,NOPE,超级用户,,,\n" + "yjj,重复,YJJ,DEPT,,,\n";
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		var preview = this.importService.preview(bytes);
		assertThat(preview.rows().getFirst().errors()).extracting(FieldError::messageKey)
			.contains("validation.department.code-unknown", "validation.user.role-unknown");
		assertThat(preview.rows().get(1).errors()).extracting(FieldError::messageKey)
			.containsExactly("validation.user.duplicate-username");
		assertThatThrownBy(() -> this.importService.importFile(bytes)).isInstanceOf(ImportRejectedException.class);
		assertThatThrownBy(() -> this.userDetailsService.loadUserByUsername(p))
			.isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
	}

}
