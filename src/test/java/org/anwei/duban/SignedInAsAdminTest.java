package org.anwei.duban;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Service tests that start every test signed in as the demo administrator; {@link #users}
 * switches user.
 */
@IntegrationTest
public abstract class SignedInAsAdminTest {

	@Autowired
	protected TestUsers users;

	@BeforeEach
	void signInAsAdmin() {
		this.users.login(TestUsers.ADMIN);
	}

	@AfterEach
	void signOut() {
		TestUsers.logout();
	}

}
