package org.anwei.duban.security.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.anwei.duban.LiveServerTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.AccessTokenService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 7, API errors, against the running application: every refusal is RFC 9457
 * problem details with the right status and a message in the caller's language; never a
 * redirect to the login page, an HTML page, a stack trace or a new session.
 */
class ApiProbeTest extends LiveServerTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestUsers users;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	TaskService tasks;

	@Autowired
	DepartmentService departments;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	String liaison;

	long task;

	@BeforeEach
	void liaisonWithATask() {
		this.users.login(TestUsers.STAFF);
		this.task = this.tasks
			.create(new TaskCommand("接口探测" + Long.toString(System.nanoTime(), 36), "内容", null, Urgency.NORMAL,
					DirectiveTestData.department(this.departments, "YJJ").id(), Set.of(), LocalDate.now().plusDays(10)))
			.id();
		this.users.login(TestUsers.DEPT_YJJ);
		this.liaison = "Bearer " + this.tokens.create("探测", 1).secret();
		TestUsers.logout();
	}

	@Test
	void without_credentials_the_api_says_401_in_json_not_a_login_page() throws Exception {
		HttpResponse<String> zh = get("/api/v1/tasks");
		assertProblem(zh, 401, "unauthorized");
		assertThat(zh.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("Bearer").contains("Basic");
		assertThat(detail(zh)).startsWith("请先登录");
		HttpResponse<String> en = send(request("/api/v1/tasks").header("Accept-Language", "en-GB,en;q=0.8").build());
		assertThat(detail(en)).startsWith("Sign in first");
		assertProblem(send(request("/api/v1/tasks").header("Authorization", "Bearer adb_not-a-token").build()), 401,
				"invalid-token");
	}

	/**
	 * Unknown paths are open (to answer 404), so every real endpoint must be listed as
	 * protected: a new one that is not fails here.
	 */
	@Test
	void every_endpoint_of_the_api_asks_for_credentials() throws Exception {
		List<String> paths = this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues().stream())
			.filter(pattern -> pattern.startsWith("/api/") && !pattern.equals("/api/**"))
			.map(pattern -> pattern.replaceAll("\\{[^}]+}", "1"))
			.distinct()
			.toList();
		assertThat(paths).contains("/api/v1/tasks", "/api/v1/tasks/1/reports", "/api/v1/extract");
		for (String path : paths) {
			for (String method : new String[] { "GET", "POST" }) {
				HttpResponse<String> anonymous = send(
						request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
				assertThat(anonymous.statusCode()).as(method + " " + path).isEqualTo(401);
			}
		}
	}

	@Test
	void a_role_that_may_not_gets_403_in_json() throws Exception {
		HttpResponse<String> refused = send(request("/api/v1/extract").header("Authorization", this.liaison)
			.header("Content-Type", "text/plain;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString("各单位要加强值班。"))
			.build());
		assertProblem(refused, 403, "forbidden");
	}

	@Test
	void parameters_out_of_range_or_malformed_are_400_naming_the_parameter() throws Exception {
		HttpResponse<String> page = authorized("/api/v1/tasks?page=2147483647");
		assertProblem(page, 400, "bad-request");
		assertThat(json(page).at("/errors/0/field").asString()).isEqualTo("page");
		assertProblem(authorized("/api/v1/tasks?size=0"), 400, "bad-request");
		HttpResponse<String> status = authorized("/api/v1/tasks?status=BOGUS");
		assertProblem(status, 400, "bad-request");
		assertThat(json(status).at("/errors/0/field").asString()).isEqualTo("status");
		assertProblem(authorized("/api/v1/tasks/not-a-number"), 400, "bad-request");
	}

	@Test
	void unknown_and_invisible_things_are_404_in_json_and_open_no_session() throws Exception {
		for (String path : new String[] { "/api/v2/anything", "/api/nothing/here", "/api/v1/nope" }) {
			HttpResponse<String> anonymous = get(path);
			assertProblem(anonymous, 404, "not-found");
			assertThat(anonymous.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		assertProblem(authorized("/api/v1/tasks/" + this.task + "/unknown"), 404, "not-found");
		assertProblem(authorized("/api/v1/tasks/999999999"), 404, "not-found");
	}

	@Test
	void an_extension_request_without_its_reason_is_422_naming_the_field() throws Exception {
		HttpResponse<String> refused = postJson("/api/v1/tasks/" + this.task + "/extensions",
				"{\"version\":0,\"deadline\":\"" + LocalDate.now().plusDays(30) + "\"}");
		assertProblem(refused, 422, "invalid");
		assertThat(json(refused).at("/errors/0/field").asString()).isEqualTo("extension.reason");
		assertThat(json(refused).at("/errors/0/message").asString()).isEqualTo("延期理由不能为空。");
		assertProblem(postJson("/api/v1/tasks/" + this.task + "/extensions", "{\"reason\":"), 400, "bad-request");
		HttpResponse<String> noVersion = postJson("/api/v1/tasks/" + this.task + "/extensions",
				"{\"reason\":\"人手不足\"}");
		assertProblem(noVersion, 400, "bad-request");
		assertThat(json(noVersion).at("/errors/0/field").asString()).isEqualTo("version");
	}

	@Test
	void wrong_methods_and_media_types_are_named() throws Exception {
		assertProblem(
				send(request("/api/v1/tasks/" + this.task).header("Authorization", this.liaison).DELETE().build()), 405,
				"method-not-allowed");
		assertProblem(send(request("/api/v1/tasks/" + this.task + "/extensions").header("Authorization", this.liaison)
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("reason"))
			.build()), 415, "unsupported-media-type");
	}

	@Test
	void broken_multipart_a_file_over_10_mb_and_a_long_file_name_get_clear_answers() throws Exception {
		String reports = "/api/v1/tasks/" + this.task + "/reports";
		HttpResponse<String> broken = send(request(reports).header("Authorization", this.liaison)
			.header("Content-Type", "multipart/form-data; boundary=XYZ")
			.POST(HttpRequest.BodyPublishers.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"text\"\r\n"))
			.build());
		assertProblem(broken, 400, "bad-request");

		byte[] big = new byte[11 * 1024 * 1024];
		assertProblem(multipart(reports, "photo.jpg", big), 413, "too-large");

		sign();
		String longName = "现场照片".repeat(40) + ".png"; // 484 bytes in UTF-8
		HttpResponse<String> stored = multipart(reports, longName, png());
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
		String kept = json(stored).at("/reports/0/attachments/0/filename").asString();
		assertThat(kept).endsWith(".png").hasSizeLessThanOrEqualTo(255);
	}

	private void sign() throws Exception {
		HttpResponse<String> signed = send(
				request("/api/v1/tasks/" + this.task + "/sign?version=0").header("Authorization", this.liaison)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build());
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
	}

	private HttpResponse<String> multipart(String path, String filename, byte[] content) throws Exception {
		long version = json(authorized("/api/v1/tasks/" + this.task)).get("version").asLong();
		String boundary = "probe" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		for (String[] field : new String[][] { { "version", String.valueOf(version) }, { "kind", "PROGRESS" },
				{ "text", "进展" } }) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Authorization", this.liaison)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private HttpResponse<String> authorized(String path) throws Exception {
		return send(request(path).header("Authorization", this.liaison).build());
	}

	private HttpResponse<String> postJson(String path, String body) throws Exception {
		return send(request(path).header("Authorization", this.liaison)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = json(response);
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
		assertThat(response.headers().firstValue("Location")).as("never a redirect").isEmpty();
	}

	static String detail(HttpResponse<String> response) {
		return json(response).get("detail").asString();
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static byte[] png() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", out);
		return out.toByteArray();
	}

}
