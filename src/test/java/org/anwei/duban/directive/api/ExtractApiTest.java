package org.anwei.duban.directive.api;

import java.nio.charset.StandardCharsets;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API on the real security chain: HTTP Basic, STAFF only, the same JSON as the
 * command line.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ExtractApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void staff_extract_text_with_departments_mapped_to_todays_names() throws Exception {
		this.mvc
			.perform(post("/api/v1/extract").param("meetingDate", "2026-11-10")
				.contentType(MediaType.TEXT_PLAIN)
				.characterEncoding(StandardCharsets.UTF_8)
				.content("会议要求：一是市安监局要在年底前完成排查；二是市住建局要加强工地检查。")
				.with(httpBasic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetingDate").value("2026-11-10"))
			.andExpect(jsonPath("$.directives[0].marker").value("一是"))
			.andExpect(jsonPath("$.directives[0].title").value("完成排查"))
			.andExpect(jsonPath("$.candidates").isArray())
			.andExpect(jsonPath("$.directives[0].departments[0].department").value("市应急管理局"))
			.andExpect(jsonPath("$.directives[0].deadline.date").value("2026-12-31"))
			.andExpect(jsonPath("$.directives[1].departments[0].department").value("市住房和城乡建设局"));
	}

	@Test
	void staff_extract_an_uploaded_word_document_and_junk_gets_a_clear_422() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("各单位要于11月30日前报送值班表。");
			document.write(out);
			docx = out.toByteArray();
		}
		this.mvc
			.perform(multipart("/api/v1/extract").file(new MockMultipartFile("file", "通知.docx", null, docx))
				.param("meetingDate", "2026-11-10")
				.with(httpBasic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.directives[0].deadline.date").value("2026-11-30"));
		this.mvc
			.perform(multipart("/api/v1/extract")
				.file(new MockMultipartFile("file", "讲话.docx", null,
						"not a word file".getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.code").value("document.error.not-docx"))
			.andExpect(jsonPath("$.detail").value("文件不是有效的 Word（.docx）文档，或已损坏。"));
	}

	@Test
	void other_roles_and_anonymous_callers_are_refused() throws Exception {
		this.mvc.perform(post("/api/v1/extract").contentType(MediaType.TEXT_PLAIN).content("各单位要加强值班。"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/extract").contentType(MediaType.TEXT_PLAIN)
				.content("各单位要加强值班。")
				.with(httpBasic(TestUsers.DEPT_YJJ, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/extract").contentType(MediaType.TEXT_PLAIN)
				.content("各单位要加强值班。")
				.with(httpBasic(TestUsers.STAFF, "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void the_api_is_documented_with_openapi() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/extract']").exists());
	}

}
