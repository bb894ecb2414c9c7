package org.anwei.duban.security;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actuator as a load balancer and a metrics collector see it: health and its probes
 * open, metrics only with the scrape token or an ADMIN's HTTP Basic, everything else an
 * ADMIN's; refusals are 401/403 answers, never the login page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class MonitoringEndpointsTest {

	@Autowired
	MockMvc mvc;

	@Value("${anwei.metrics.scrape-token}")
	String scrapeToken;

	@Test
	void health_and_its_probes_are_open_and_readiness_includes_the_database() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness").with(httpBasic(TestUsers.ADMIN, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
	}

	@Test
	void metrics_need_the_scrape_token_or_an_admin() throws Exception {
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic(TestUsers.ADMIN, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + this.scrapeToken))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("anwei_ui_open")))
			.andExpect(content().string(containsString("anwei_sessions_open")))
			.andExpect(content().string(containsString("hikaricp_connections_active")))
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("http_server_requests_seconds_count")))
			// each request is timed as a whole, not each security filter on its way (a
			// cost the load test found)
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("spring_security_filterchains"))));
	}

	@Test
	void the_scrape_token_reads_the_metrics_and_nothing_else() throws Exception {
		this.mvc.perform(get("/actuator/info").header("Authorization", "Bearer " + this.scrapeToken))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + this.scrapeToken))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void the_other_endpoints_need_an_admin() throws Exception {
		this.mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/info").with(httpBasic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").with(httpBasic(TestUsers.ADMIN, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isOk());
	}

}
