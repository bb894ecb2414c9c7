package org.anwei.duban.security;

import java.util.Set;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.organization.DepartmentBuilder;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserServiceTest extends SignedInAsAdminTest {

	@Autowired
	UserService userService;

	@Autowired
	DepartmentService departments;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	PasswordEncoder passwordEncoder;

	private long departmentId(String code) {
		return this.departments.directory().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void a_new_account_gets_a_one_time_password_that_must_be_changed() {
		String username = unique("liaison");
		CreatedUser created = this.userService.create(new UserCommand(" " + username.toUpperCase() + " ", "新联络员",
				departmentId("JTJ"), Set.of(Role.DEPT), Set.of(), "13900000000", "x@example.org"), null);

		assertThat(created.account().username()).isEqualTo(username);
		assertThat(created.account().mustChangePassword()).isTrue();
		assertThat(PasswordPolicy.check("p", created.temporaryPassword(), username)).isEmpty();
		AppUserPrincipal principal = (AppUserPrincipal) this.userDetailsService.loadUserByUsername(username);
		assertThat(this.passwordEncoder.matches(created.temporaryPassword(), principal.getPassword())).isTrue();
		assertThat(this.auditTrail.history("USER", created.account().id()))
			.anySatisfy(e -> assertThat(e.changes()).noneMatch(c -> c.field().contains("password")));
	}

	@Test
	void duplicate_usernames_are_rejected_whatever_their_case() {
		assertThatThrownBy(() -> this.userService
			.create(new UserCommand("YJJ", "重复", departmentId("YJJ"), Set.of(Role.DEPT), Set.of(), null, null), null))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.containsExactly(FieldError.of("user.username", "validation.user.duplicate-username", "yjj")));
	}

	@Test
	void a_liaison_needs_a_department_and_everyone_needs_a_role() {
		assertThatThrownBy(() -> this.userService.create(
				new UserCommand(unique("u"), "无单位", null, Set.of(Role.DEPT), Set.of(), "bad phone!", "not-mail"), null))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("user.department", "user.phone", "user.email"));
		assertThatThrownBy(() -> this.userService
			.create(new UserCommand(unique("u"), "无角色", null, Set.of(), Set.of(), null, null), null))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("user.roles");
	}

	@Test
	void a_weak_initial_password_is_rejected() {
		assertThatThrownBy(() -> this.userService
			.create(new UserCommand(unique("u"), "弱密码", null, Set.of(Role.STAFF), Set.of(), null, null), "abc12345"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("user.password");
	}

	@Test
	void the_last_enabled_admin_cannot_be_disabled_or_demoted_and_nobody_disables_themselves() {
		UserAccount admin = this.userService.myAccount();
		assertThatThrownBy(() -> this.userService.setEnabled(admin.id(), admin.version(), false))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("user.enabled");
		long enabledAdmins = this.userService.count(new UserFilter(null, null, Role.ADMIN, true));
		if (enabledAdmins == 1) {
			assertThatThrownBy(
					() -> this.userService.update(admin.id(), admin.version(),
							new UserCommand(admin.username(), admin.displayName(), null, Set.of(Role.STAFF), Set.of(),
									null, null)))
				.isInstanceOf(ValidationException.class)
				.hasMessageContaining("user.roles");
		}
	}

	@Test
	void oversight_is_kept_only_for_leaders() {
		CreatedUser leader = this.userService.create(new UserCommand(unique("ld"), "分管领导", null, Set.of(Role.LEADER),
				Set.of(departmentId("YJJ"), departmentId("ZJJ")), null, null), null);
		assertThat(leader.account().overseenDepartmentIds()).hasSize(2);
		UserAccount staff = this.userService.update(leader.account().id(), leader.account().version(),
				new UserCommand(leader.account().username(), "改为安委办", null, Set.of(Role.STAFF),
						Set.of(departmentId("YJJ")), null, null));
		assertThat(staff.overseenDepartmentIds()).isEmpty();
	}

	@Test
	void a_department_head_hears_of_escalations_and_of_everything_when_there_is_no_liaison() {
		long newDepartment = this.departments.create(DepartmentBuilder.aDepartment().build()).id();
		CreatedUser head = this.userService.create(new UserCommand(unique("hd"), "局长", newDepartment, Set.of(Role.DEPT),
				Set.of(), null, "head@example.org", true), null);
		assertThat(head.account().departmentHead()).isTrue();
		Recipients onlyHead = this.userService.recipientsOf(newDepartment);
		assertThat(onlyHead.liaisons()).isEmpty();
		assertThat(onlyHead.heads()).extracting(Recipient::username).containsExactly(head.account().username());
		assertThat(onlyHead.dayToDay()).as("no liaison: the head hears of the day-to-day")
			.extracting(Recipient::username)
			.containsExactly(head.account().username());

		CreatedUser liaison = this.userService
			.create(new UserCommand(unique("ll"), "联络员", newDepartment, Set.of(Role.DEPT), Set.of(), null, null), null);
		Recipients both = this.userService.recipientsOf(newDepartment);
		assertThat(both.dayToDay()).extracting(Recipient::username).containsExactly(liaison.account().username());
		assertThat(both.heads()).extracting(Recipient::username).containsExactly(head.account().username());

		UserAccount leader = this.userService.update(head.account().id(), head.account().version(), new UserCommand(
				head.account().username(), "改任领导", null, Set.of(Role.LEADER), Set.of(), null, null, true));
		assertThat(leader.departmentHead()).as("only a department user heads a department").isFalse();
		assertThat(this.userService.recipientsOf(newDepartment).heads()).isEmpty();
	}

	@Test
	void concurrent_edits_of_a_user_conflict() {
		CreatedUser created = this.userService
			.create(new UserCommand(unique("c"), "并发", null, Set.of(Role.STAFF), Set.of(), null, null), null);
		UserAccount loaded = created.account();
		this.userService.update(loaded.id(), loaded.version(),
				new UserCommand(loaded.username(), "第一次", null, Set.of(Role.STAFF), Set.of(), null, null));
		assertThatThrownBy(() -> this.userService.update(loaded.id(), loaded.version(),
				new UserCommand(loaded.username(), "第二次", null, Set.of(Role.STAFF), Set.of(), null, null)))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.userService.get(loaded.id()).displayName()).isEqualTo("第一次");
	}

	@Test
	void users_change_their_own_password_after_proving_the_current_one() {
		CreatedUser created = this.userService
			.create(new UserCommand(unique("pw"), "改密码", null, Set.of(Role.STAFF), Set.of(), null, null), null);
		this.users.login(created.account().username());

		assertThatThrownBy(() -> this.userService.changeOwnPassword("wrong", "Another#Pass99"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("user.currentPassword");
		AppUserPrincipal updated = this.userService.changeOwnPassword(created.temporaryPassword(), "Another#Pass99");
		assertThat(updated.mustChangePassword()).isFalse();
		AppUserPrincipal reloaded = (AppUserPrincipal) this.userDetailsService
			.loadUserByUsername(created.account().username());
		assertThat(reloaded.mustChangePassword()).isFalse();
		assertThat(this.passwordEncoder.matches("Another#Pass99", reloaded.getPassword())).isTrue();
	}

	@Test
	void list_shows_department_names_and_roles_for_a_page_at_once() {
		assertThat(this.userService.list(new UserFilter("yjj", null, null, false), PageRequest.of(0, 10)))
			.anySatisfy(u -> {
				assertThat(u.username()).isEqualTo("yjj");
				assertThat(u.departmentName()).isEqualTo("市应急管理局");
				assertThat(u.roles()).containsExactly(Role.DEPT);
			});
	}

	@Test
	void only_admins_manage_users() {
		for (String user : new String[] { TestUsers.STAFF, TestUsers.LEADER, TestUsers.DEPT_YJJ }) {
			this.users.login(user);
			assertThatThrownBy(() -> this.userService.list(UserFilter.all(), PageRequest.of(0, 5)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.userService.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
		}
	}

}
