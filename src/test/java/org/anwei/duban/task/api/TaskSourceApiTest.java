package org.anwei.duban.task.api;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveService;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.directive.DirectiveTestData.Fixture;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.security.AccessTokenService;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 8 over the task API: a department reads its own sentence and the headings it
 * stands under, never the neighbouring sentences (other departments' requirements); staff
 * and leaders keep the text around it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TaskSourceApiTest {

	static final String NOTICE = """
			关于做好冬季安全生产工作的通知
			一、强化重点行业领域整治
			（一）燃气安全。市住建局要组织开展餐饮场所燃气专项检查，12月底前完成。
			（二）危险化学品。市应急管理局要在年底前完成危化品企业全面排查。市公安局要加强危化品运输车辆管控。
			二、压实各方责任
			各县区要落实属地管理责任。
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MeetingService meetings;

	@Autowired
	DirectiveService directives;

	@Autowired
	DirectiveQueries directiveQueries;

	@Autowired
	TaskQueries queries;

	@Autowired
	AccessTokenService tokens;

	@AfterEach
	void signOut() {
		TestUsers.logout();
	}

	@Test
	void a_department_sees_its_sentence_and_headings_and_staff_the_context() throws Exception {
		long task = issuedTaskOfTheEmergencyBureau();
		this.users.login(TestUsers.DEPT_YJJ);
		String bearer = "Bearer " + this.tokens.create("来源", 1).secret();
		TestUsers.logout();

		String liaison = this.mvc.perform(get("/api/v1/tasks/" + task).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.source.sentence").value(org.hamcrest.Matchers.containsString("市应急管理局要在年底前完成危化品企业全面排查")))
			.andExpect(jsonPath("$.source.headings[0]").value("一、强化重点行业领域整治"))
			.andExpect(jsonPath("$.source.before").value(""))
			.andExpect(jsonPath("$.source.after").value(""))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(liaison).doesNotContain("市住建局要组织").doesNotContain("市公安局要加强");

		this.mvc.perform(get("/api/v1/tasks/" + task).with(httpBasic(TestUsers.STAFF, TestUsers.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source.before").value(org.hamcrest.Matchers.containsString("市住建局要组织")))
			.andExpect(jsonPath("$.source.after").value(org.hamcrest.Matchers.containsString("市公安局要加强")));
	}

	private long issuedTaskOfTheEmergencyBureau() {
		this.users.login(TestUsers.STAFF);
		Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings, NOTICE);
		this.directives.extract(f.meetingId(), f.documentId());
		var ours = this.directiveQueries.forDocument(f.meetingId(), f.documentId())
			.stream()
			.filter(d -> d.text().contains("危化品企业"))
			.map(d -> d.ref())
			.toList();
		this.directives.issue(f.meetingId(), f.documentId(), ours);
		long id = this.queries
			.list(new TaskFilter(null, null, null, null, f.meetingId(), null, null, null), PageRequest.of(0, 20))
			.getFirst()
			.id();
		TestUsers.logout();
		return id;
	}

}
