package org.anwei.duban;

import org.springframework.test.context.ActiveProfilesResolver;

/** "test", plus "mysql" when the suite runs against a MySQL/MariaDB server. */
public class TestProfiles implements ActiveProfilesResolver {

	@Override
	public String[] resolve(Class<?> testClass) {
		return usesMysql() ? new String[] { "test", "mysql" } : new String[] { "test" };
	}

	public static boolean usesMysql() {
		return "mysql".equals(System.getProperty("anwei.test.database"));
	}

}
