package org.anwei.duban.architecture;

import org.anwei.duban.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith: no cycles between modules, and no module reaches into another's
 * internals.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void modules_respect_their_boundaries() {
		this.modules.verify();
	}

	@Test
	void the_expected_modules_exist() {
		assertThat(this.modules.stream().map(m -> m.getIdentifier().toString())).contains("base", "audit",
				"organization", "security", "dashboard", "evidence", "accountability", "supervision", "task", "hazard",
				"inspection");
	}

}
