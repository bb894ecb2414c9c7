package org.anwei.duban.security;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production installation: schema only (no demo data, so no default passwords) and the
 * first admin from the environment variables.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:first-admin;MODE=MySQL;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1",
		"spring.liquibase.contexts=main", "anwei.admin.username=Chief", "anwei.admin.password=Safety#Office2026" })
class FirstAdminSetupTest {

	@Autowired
	FirstAdminSetup setup;

	@Autowired
	UserDetailsService userDetailsService;

	@Test
	void the_first_admin_comes_from_the_environment_and_setup_closes() {
		AppUserPrincipal admin = (AppUserPrincipal) this.userDetailsService.loadUserByUsername("chief");
		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		assertThat(this.setup.setupRequired()).isFalse();
		assertThatThrownBy(() -> this.setup.createFirstAdmin("second", "第二个", "Second#Admin2026"))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void no_demo_account_exists_outside_the_demo_profile() {
		assertThatThrownBy(() -> this.userDetailsService.loadUserByUsername("admin"))
			.isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
	}

}
