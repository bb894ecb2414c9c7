package org.anwei.duban;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves which database the "database" tests ran on, so a misconfigured build cannot pass
 * the MySQL/MariaDB run on H2 without anyone noticing.
 */
@IntegrationTest
class DatabaseProductTest {

	@Autowired
	DataSource dataSource;

	@Test
	void tests_run_on_the_database_they_claim() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName()
					+ connection.getMetaData().getDatabaseProductVersion();
			if (TestProfiles.usesMysql()) {
				assertThat(product).containsAnyOf("MySQL", "MariaDB");
			}
			else {
				assertThat(product).startsWith("H2");
			}
		}
	}

}
