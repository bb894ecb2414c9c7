package org.anwei.duban;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test in the full Spring context on the real database: embedded H2 (MySQL mode) by
 * default, MySQL/MariaDB when the build runs the "database" tests a second time with
 * {@code -Danwei.test.database=mysql}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("database")
public @interface IntegrationTest {

}
