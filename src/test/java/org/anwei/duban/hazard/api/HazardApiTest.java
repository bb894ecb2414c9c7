package org.anwei.duban.hazard.api;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestImages;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.AccessTokenService;
import org.anwei.duban.security.CreatedAccessToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hazard API on the real security chain with a liaison's personal access token:
 * register with a photo, list, start, report rectified; another department's hazard is
 * 404 by id; a refused registration names its fields and stores nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HazardApiTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	HazardService hazards;

	@Autowired
	HazardQueries queries;

	@Autowired
	DepartmentService departments;

	@AfterEach
	void signOut() {
		TestUsers.logout();
	}

	@Test
	void a_liaison_registers_and_rectifies_their_hazard_with_a_token() throws Exception {
		String unit = "接口登记" + Long.toString(System.nanoTime(), 36);
		this.users.login(TestUsers.STAFF);
		long yjj = DirectiveTestData.department(this.departments, "YJJ").id();
		long foreign = this.hazards
			.register(HazardTestData.general(unit + "住建", DirectiveTestData.department(this.departments, "ZJJ").id(),
					TODAY, TODAY.plusDays(9)), List.of())
			.id();
		this.users.login(TestUsers.DEPT_YJJ);
		CreatedAccessToken token = this.tokens.create("巡查 App", 30);
		TestUsers.logout();
		String bearer = "Bearer " + token.secret();

		String json = """
				{"foundOn":"%s","source":"UNANNOUNCED","unitName":"%s","industry":"GAS","district":"城东区",
				 "address":"城东区解放路 1 号","description":"燃气管道穿越卧室。","level":"GENERAL","type":"THING",
				 "responsibleDepartmentId":%d,"timeLimit":"%s"}
				""".formatted(TODAY, unit, yjj, TODAY.plusDays(7));
		this.mvc
			.perform(multipart("/api/v1/hazards")
				.file(new MockMultipartFile("hazard", "", MediaType.APPLICATION_JSON_VALUE,
						json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("photos", "现场.png", "image/png", TestImages.png(40, 30, Color.RED)))
				.header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.photos[0].phase").value("BEFORE"));

		String missing = json.replace("\"district\":\"城东区\",", "")
			.replace("\"level\":\"GENERAL\"", "\"level\":\"MAJOR\"");
		this.mvc
			.perform(multipart("/api/v1/hazards")
				.file(new MockMultipartFile("hazard", "", MediaType.APPLICATION_JSON_VALUE,
						missing.replace(unit, unit + "乙").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.header("Authorization", bearer)
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'hazard.district')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'hazard.emergencyPlan')]").exists());

		this.mvc.perform(get("/api/v1/hazards").param("q", unit).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].unitName").value(unit));
		this.mvc.perform(get("/api/v1/hazards/" + foreign).header("Authorization", bearer))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					post("/api/v1/hazards/" + foreign + "/start").param("version", "0").header("Authorization", bearer))
			.andExpect(status().isNotFound());

		this.users.login(TestUsers.DEPT_YJJ);
		long own = this.queries
			.list(new org.anwei.duban.hazard.HazardFilter(unit, null, null, null, null, null, null, false, false, null,
					null), org.springframework.data.domain.PageRequest.of(0, 5))
			.getFirst()
			.id();
		TestUsers.logout();
		this.mvc
			.perform(post("/api/v1/hazards/" + own + "/start").param("version", "0").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECTIFYING"));
		this.mvc
			.perform(post("/api/v1/hazards/" + own + "/start").param("version", "0").header("Authorization", bearer))
			.andExpect(status().isConflict());
		this.mvc
			.perform(multipart("/api/v1/hazards/" + own + "/rectification")
				.file(new MockMultipartFile("photos", "整改后.png", "image/png", TestImages.png(40, 30, Color.GREEN)))
				.param("version", "1")
				.param("text", "已改管。")
				.header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_ACCEPTANCE"))
			.andExpect(jsonPath("$.photos.length()").value(2));
		this.mvc.perform(get("/api/v1/hazards")).andExpect(status().isUnauthorized());
	}

}
