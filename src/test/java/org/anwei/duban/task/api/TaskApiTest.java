package org.anwei.duban.task.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.AccessTokenService;
import org.anwei.duban.security.CreatedAccessToken;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task API on the real security chain with personal access tokens: a liaison lists,
 * signs, reports with a photo and asks for an extension; other departments' tasks are
 * 404; revoked tokens are 401.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TaskApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	DepartmentService departments;

	@AfterEach
	void signOut() {
		TestUsers.logout();
	}

	@Test
	void a_liaison_works_on_their_task_with_a_personal_access_token() throws Exception {
		long own = task("接口任务", "YJJ");
		long foreign = task("别人的接口任务", "ZJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		CreatedAccessToken token = this.tokens.create("手机客户端", 30);
		TestUsers.logout();
		String bearer = "Bearer " + token.secret();

		this.mvc.perform(get("/api/v1/tasks").param("q", "接口任务").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(own));
		this.mvc.perform(get("/api/v1/tasks/" + foreign).header("Authorization", bearer))
			.andExpect(status().isNotFound());

		this.mvc.perform(post("/api/v1/tasks/" + own + "/sign").param("version", "0").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		this.mvc.perform(post("/api/v1/tasks/" + own + "/sign").param("version", "0").header("Authorization", bearer))
			.andExpect(status().isConflict());

		long version = version(own);
		byte[] photo = png();
		String reported = this.mvc
			.perform(multipart("/api/v1/tasks/" + own + "/reports")
				.file(new MockMultipartFile("files", "现场.png", "image/png", photo))
				.param("version", String.valueOf(version))
				.param("kind", "PROGRESS")
				.param("text", "已完成一半。")
				.header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports[0].attachments[0].contentType").value("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long attachment = ((Number) JsonPath.read(reported, "$.reports[0].attachments[0].id")).longValue();
		this.mvc.perform(get("/api/v1/tasks/" + own + "/attachments/" + attachment).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(photo));
		// the attachment's id under another task (one the liaison cannot see) is not
		// found
		this.mvc.perform(get("/api/v1/tasks/" + foreign + "/attachments/" + attachment).header("Authorization", bearer))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post("/api/v1/tasks/" + own + "/extensions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version(own) + ",\"reason\":\"\",\"deadline\":null}")
				.header("Authorization", bearer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("延期理由不能为空。"));

		this.users.login(TestUsers.DEPT_YJJ);
		this.tokens.revoke(token.token().id());
		TestUsers.logout();
		this.mvc.perform(get("/api/v1/tasks").header("Authorization", bearer)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
	}

	private long task(String title, String leadCode) {
		this.users.login(TestUsers.STAFF);
		long id = this.tasks
			.create(new TaskCommand(title + Long.toString(System.nanoTime(), 36), "内容", null, Urgency.NORMAL,
					DirectiveTestData.department(this.departments, leadCode).id(), Set.of(),
					LocalDate.now().plusDays(10)))
			.id();
		TestUsers.logout();
		return id;
	}

	private long version(long id) {
		this.users.login(TestUsers.STAFF);
		long version = this.queries.get(id).version();
		TestUsers.logout();
		return version;
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
