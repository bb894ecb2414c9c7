package org.anwei.duban.security;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditFilter;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.security.internal.AppUserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real login filter chain, attacked over HTTP from chosen client addresses (test
 * profile: 3 wrong passwords per name and address, 20 per address, 6 per account). A
 * wrong password looks the same for every name; "locked" and "disabled" come only after
 * the right one; an address that keeps guessing waits while the owner elsewhere does not;
 * a lock set off by strangers does not keep the owner out of a known computer.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LoginHardeningTest {

	static final String PASSWORD = "Correct#Horse42";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService userService;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	TestUsers users;

	@Autowired
	AppUserRepository accounts;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void a_wrong_password_gets_the_same_answer_for_a_real_a_disabled_and_an_unknown_name() throws Exception {
		CreatedUser real = newUser();
		CreatedUser disabled = newUser();
		setEnabled(disabled, false);
		for (String name : List.of(real.account().username(), disabled.account().username(), "nobody-here")) {
			MvcResult result = this.mvc.perform(login(name, "wrong-password", "10.1.0.1"))
				.andExpect(unauthenticated())
				.andExpect(header().string("Location", "/login?error"))
				.andReturn();
			assertThat(failure(result)).as(name).isExactlyInstanceOf(BadCredentialsException.class);
		}
	}

	@Test
	void many_sign_ins_to_one_account_at_the_same_moment_all_succeed_and_leave_it_unedited() throws Exception {
		CreatedUser user = newUser();
		String name = user.account().username();
		long version = this.accounts.findByUsername(name).orElseThrow().getVersion();
		// more than the pool's connections: a sign-in that needed a second connection
		// while
		// holding one would leave all of them waiting
		int people = 2 * this.dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize() + 4;
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(people);
		try (java.util.concurrent.ExecutorService devices = java.util.concurrent.Executors.newFixedThreadPool(people)) {
			List<java.util.concurrent.Future<?>> signIns = new java.util.ArrayList<>();
			for (int i = 0; i < people; i++) {
				String address = "10.30.0." + (i + 1);
				signIns.add(devices.submit(() -> {
					together.await();
					return this.mvc.perform(login(name, PASSWORD, address))
						.andExpect(authenticated().withUsername(name));
				}));
			}
			for (java.util.concurrent.Future<?> signIn : signIns) {
				signIn.get();
			}
		}
		org.anwei.duban.security.internal.AppUser account = this.accounts.findByUsername(name).orElseThrow();
		assertThat(account.getLastLoginAt()).isNotNull();
		assertThat(account.getVersion()).as("bookkeeping, not an edit").isEqualTo(version);
		assertThat(history(user)).extracting(AuditEntry::action).filteredOn("LOGIN_SUCCEEDED"::equals).hasSize(people);
	}

	@Test
	void disabled_is_said_only_after_the_correct_password() throws Exception {
		CreatedUser disabled = newUser();
		setEnabled(disabled, false);
		MvcResult result = this.mvc.perform(login(disabled.account().username(), PASSWORD, "10.1.1.1"))
			.andExpect(unauthenticated())
			.andReturn();
		assertThat(failure(result)).isInstanceOf(DisabledException.class);
	}

	@Test
	void an_address_that_keeps_guessing_waits_but_the_owner_elsewhere_signs_in() throws Exception {
		CreatedUser user = newUser();
		String name = user.account().username();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(login(name, "guess" + i, "10.2.0.66")).andExpect(unauthenticated());
		}
		MvcResult refused = this.mvc.perform(login(name, PASSWORD, "10.2.0.66"))
			.andExpect(unauthenticated())
			.andReturn();
		assertThat(failure(refused)).as("even the right password waits").isInstanceOf(LoginThrottledException.class);
		MvcResult unknown = this.mvc.perform(login("nobody-" + name, "x", "10.2.0.66")).andReturn();
		assertThat(failure(unknown)).as("another name from there is not throttled: it is not the same pair")
			.isExactlyInstanceOf(BadCredentialsException.class);

		this.mvc.perform(login(name, PASSWORD, "10.2.0.7")).andExpect(authenticated().withUsername(name));
		assertThat(history(user)).extracting(AuditEntry::action)
			.containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "ADDRESS_THROTTLED", "LOGIN_FAILED",
					"LOGIN_SUCCEEDED")
			.doesNotContain("ACCOUNT_LOCKED");
	}

	@Test
	void unknown_names_are_throttled_exactly_like_real_ones() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(login("no-such-user", "guess" + i, "10.3.0.1")).andExpect(unauthenticated());
		}
		assertThat(failure(this.mvc.perform(login("no-such-user", "guess", "10.3.0.1")).andReturn()))
			.isInstanceOf(LoginThrottledException.class);
	}

	@Test
	void password_spraying_from_one_address_is_stopped_for_every_name() throws Exception {
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(login("spray" + i, "Password123!", "10.4.0.1")).andExpect(unauthenticated());
		}
		CreatedUser user = newUser();
		assertThat(failure(this.mvc.perform(login(user.account().username(), PASSWORD, "10.4.0.1")).andReturn()))
			.isInstanceOf(LoginThrottledException.class);
		this.mvc.perform(login(user.account().username(), PASSWORD, "10.4.0.2")).andExpect(authenticated());
	}

	@Test
	void strangers_lock_an_account_but_not_out_of_the_owners_computer() throws Exception {
		CreatedUser user = newUser();
		String name = user.account().username();
		this.mvc.perform(login(name, PASSWORD, "10.5.0.1")).andExpect(authenticated());
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(login(name, "guess" + i, "10.5.1." + i)).andExpect(unauthenticated());
		}
		assertThat(history(user)).extracting(AuditEntry::action).contains("ACCOUNT_LOCKED");

		MvcResult stranger = this.mvc.perform(login(name, PASSWORD, "10.5.2.1"))
			.andExpect(unauthenticated())
			.andReturn();
		assertThat(failure(stranger)).as("the right password from a new address: now it may say locked")
			.isInstanceOf(LockedException.class);
		this.mvc.perform(login(name, PASSWORD, "10.5.0.1")).andExpect(authenticated().withUsername(name));

		this.users.login(TestUsers.ADMIN);
		this.userService.unlock(user.account().id());
		TestUsers.logout();
		this.mvc.perform(login(name, PASSWORD, "10.5.2.1")).andExpect(authenticated());
	}

	@Test
	void an_administrators_unlock_ends_an_addresss_wait() throws Exception {
		CreatedUser user = newUser();
		String name = user.account().username();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(login(name, "guess" + i, "10.6.0.1")).andExpect(unauthenticated());
		}
		this.users.login(TestUsers.ADMIN);
		this.userService.unlock(user.account().id());
		TestUsers.logout();
		this.mvc.perform(login(name, PASSWORD, "10.6.0.1")).andExpect(authenticated());
	}

	@Test
	void the_api_counts_wrong_passwords_too_and_says_when_to_come_back() throws Exception {
		CreatedUser user = newUser();
		String name = user.account().username();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/tasks").with(httpBasic(name, "guess" + i)).with(from("10.7.0.1")))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
		}
		this.mvc.perform(get("/api/v1/tasks").with(httpBasic(name, PASSWORD)).with(from("10.7.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("too-many-attempts"));
	}

	@Test
	void api_calls_with_a_password_are_audited_once_a_day_and_failures_every_time() throws Exception {
		CreatedUser user = newUser();
		String name = user.account().username();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/tasks").with(httpBasic(name, PASSWORD)).with(from("10.8.0.1")))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/tasks").with(httpBasic(name, "wrong")).with(from("10.8.0.2")))
			.andExpect(status().isUnauthorized());
		assertThat(history(user)).extracting(AuditEntry::action)
			.filteredOn(action -> action.startsWith("API_") || action.startsWith("LOGIN_"))
			.containsExactly("API_SIGNED_IN", "LOGIN_FAILED");
	}

	@Test
	void the_language_chosen_on_the_login_page_is_kept_with_the_account() throws Exception {
		CreatedUser user = newUser();
		this.mvc
			.perform(post("/login").param("username", user.account().username())
				.param("password", PASSWORD)
				.with(csrf())
				.cookie(new Cookie(Languages.COOKIE, "en")))
			.andExpect(authenticated());
		assertThat(this.accounts.findByUsername(user.account().username()).orElseThrow().getLanguage()).isEqualTo("en");
		this.mvc.perform(formLogin("/login").user(user.account().username()).password(PASSWORD))
			.andExpect(authenticated());
		assertThat(this.accounts.findByUsername(user.account().username()).orElseThrow().getLanguage())
			.as("no cookie: the earlier choice stands")
			.isEqualTo("en");
	}

	@Test
	void a_correct_password_signs_in_and_the_login_is_audited_with_its_address() throws Exception {
		CreatedUser user = newUser();
		this.mvc.perform(login(user.account().username(), PASSWORD, "10.9.0.1"))
			.andExpect(authenticated().withUsername(user.account().username()));
		AuditEntry login = history(user).getLast();
		assertThat(login.action()).isEqualTo("LOGIN_SUCCEEDED");
		assertThat(login.remoteAddress()).isEqualTo("10.9.0.1");
	}

	@Test
	void failed_attempts_for_unknown_users_are_recorded_too() throws Exception {
		this.mvc.perform(login("nobody-recorded", "x", "10.10.0.1")).andExpect(unauthenticated());
		this.users.login(TestUsers.ADMIN);
		assertThat(this.auditTrail.search(new AuditFilter("USER", "nobody-recorded", "LOGIN_FAILED", null, null),
				PageRequest.of(0, 5)))
			.isNotEmpty();
		TestUsers.logout();
	}

	@Test
	void logout_is_recorded() throws Exception {
		CreatedUser user = newUser();
		var session = (MockHttpSession) this.mvc.perform(login(user.account().username(), PASSWORD, "10.11.0.1"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(post("/logout").session(session).with(csrf()));
		assertThat(history(user)).extracting(AuditEntry::action).contains("LOGOUT");
	}

	/** The login form as the browser posts it (with its CSRF token), from an address. */
	static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static Object failure(MvcResult result) {
		var session = result.getRequest().getSession(false);
		return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
	}

	private CreatedUser newUser() {
		this.users.login(TestUsers.ADMIN);
		try {
			return this.userService.create(new UserCommand("lock" + Long.toString(System.nanoTime(), 36), "锁定测试", null,
					Set.of(Role.STAFF), Set.of(), null, null), PASSWORD);
		}
		finally {
			TestUsers.logout();
		}
	}

	private void setEnabled(CreatedUser user, boolean enabled) {
		this.users.login(TestUsers.ADMIN);
		try {
			this.userService.setEnabled(user.account().id(), user.account().version(), enabled);
		}
		finally {
			TestUsers.logout();
		}
	}

	private List<AuditEntry> history(CreatedUser user) {
		this.users.login(TestUsers.ADMIN);
		try {
			return this.auditTrail.history("USER", user.account().id()).reversed();
		}
		finally {
			TestUsers.logout();
		}
	}

}
