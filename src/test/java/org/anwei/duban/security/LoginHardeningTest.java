package org.anwei.duban.security;

import java.util.Set;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.anwei.duban.base.i18n.Languages;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real login filter chain: throttling, lockout, and the audit of every attempt. (test
 * profile: 3 attempts)
 */
@IntegrationTest
@AutoConfigureMockMvc
class LoginHardeningTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService userService;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	TestUsers users;

	@Autowired
	org.anwei.duban.security.internal.AppUserRepository accounts;

	private CreatedUser newUser() {
		this.users.login(TestUsers.ADMIN);
		try {
			return this.userService.create(new UserCommand("lock" + Long.toString(System.nanoTime(), 36), "锁定测试", null,
					Set.of(Role.STAFF), Set.of(), null, null), "Correct#Horse42");
		}
		finally {
			TestUsers.logout();
		}
	}

	@Test
	void the_language_chosen_on_the_login_page_is_kept_with_the_account() throws Exception {
		CreatedUser user = newUser();
		this.mvc
			.perform(post("/login").param("username", user.account().username())
				.param("password", "Correct#Horse42")
				.with(csrf())
				.cookie(new jakarta.servlet.http.Cookie(Languages.COOKIE, "en")))
			.andExpect(authenticated());
		assertThat(this.accounts.findByUsername(user.account().username()).orElseThrow().getLanguage()).isEqualTo("en");
		this.mvc.perform(formLogin("/login").user(user.account().username()).password("Correct#Horse42"))
			.andExpect(authenticated());
		assertThat(this.accounts.findByUsername(user.account().username()).orElseThrow().getLanguage())
			.as("no cookie: the earlier choice stands")
			.isEqualTo("en");
	}

	@Test
	void a_correct_password_signs_in_and_the_login_is_audited_with_its_address() throws Exception {
		CreatedUser user = newUser();
		this.mvc.perform(formLogin("/login").user(user.account().username()).password("Correct#Horse42"))
			.andExpect(authenticated().withUsername(user.account().username()));
		AuditEntry login = history(user).getLast();
		assertThat(login.action()).isEqualTo("LOGIN_SUCCEEDED");
		assertThat(login.remoteAddress()).isEqualTo("127.0.0.1");
	}

	@Test
	void repeated_wrong_passwords_lock_the_account_even_against_the_right_password() throws Exception {
		CreatedUser user = newUser();
		String username = user.account().username();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong" + i)).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin("/login").user(username).password("Correct#Horse42")).andExpect(unauthenticated());

		assertThat(history(user)).extracting(AuditEntry::action)
			.containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_FAILED");

		this.users.login(TestUsers.ADMIN);
		this.userService.unlock(user.account().id());
		TestUsers.logout();
		this.mvc.perform(formLogin("/login").user(username).password("Correct#Horse42")).andExpect(authenticated());
	}

	@Test
	void failed_attempts_for_unknown_users_are_recorded_too() throws Exception {
		this.mvc.perform(formLogin("/login").user("nobody-here").password("x")).andExpect(unauthenticated());
		this.users.login(TestUsers.ADMIN);
		assertThat(this.auditTrail.search(
				new org.anwei.duban.audit.AuditFilter("USER", "nobody-here", "LOGIN_FAILED", null, null),
				org.springframework.data.domain.PageRequest.of(0, 5)))
			.isNotEmpty();
		TestUsers.logout();
	}

	@Test
	void logout_is_recorded() throws Exception {
		CreatedUser user = newUser();
		var session = this.mvc.perform(formLogin("/login").user(user.account().username()).password("Correct#Horse42"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(post("/logout").session((org.springframework.mock.web.MockHttpSession) session).with(csrf()));
		assertThat(history(user)).extracting(AuditEntry::action).contains("LOGOUT");
	}

	@Test
	void health_is_public_but_info_needs_an_admin() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/info")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("someone")
				.roles(Role.STAFF.name())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
					.roles(Role.ADMIN.name())))
			.andExpect(status().isOk());
	}

	private java.util.List<AuditEntry> history(CreatedUser user) {
		this.users.login(TestUsers.ADMIN);
		try {
			return this.auditTrail.history("USER", user.account().id()).reversed();
		}
		finally {
			TestUsers.logout();
		}
	}

}
