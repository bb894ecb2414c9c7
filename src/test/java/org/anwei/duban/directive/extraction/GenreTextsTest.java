package org.anwei.duban.directive.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole texts of each kind a committee pastes, written for these tests
 * (src/test/resources/texts): a notice with numbered items, a news report of a meeting,
 * the minutes of a township meeting and a county leader's speech.
 */
class GenreTextsTest {

	private final DirectiveExtractor extractor = new DirectiveExtractor();

	private ExtractionResult extract(String name, LocalDate meeting) throws IOException {
		try (InputStream in = GenreTextsTest.class.getResourceAsStream("/texts/" + name + ".txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			ExtractionResult result = this.extractor.extract(text, meeting, DepartmentDirectory.empty());
			for (ExtractedDirective d : result.directives()) {
				assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
			}
			return result;
		}
	}

	private static List<String> mentions(ExtractedDirective d) {
		return d.departments().stream().map(DepartmentMention::mention).toList();
	}

	@Test
	void a_notice_gives_one_task_per_item_with_its_assignment_and_deadline() throws IOException {
		ExtractionResult result = extract("notice", LocalDate.of(2025, 12, 3));
		List<ExtractedDirective> found = result.directives();
		assertThat(found).extracting(ExtractedDirective::marker).containsExactly("一、", "二、", "三、", "四、");
		assertThat(found.get(0).title()).isEqualTo("开展燃气安全专项排查");
		assertThat(mentions(found.get(0))).containsExactly("县住建局", "县市场监管局");
		assertThat(found.get(0).departments().get(1).role()).isEqualTo(DepartmentMention.Role.ASSIST);
		assertThat(found.get(0).deadline().date()).isEqualTo("2025-12-20");
		assertThat(found.get(0).deadline().recurrence()).isEqualTo("WEEKLY");
		assertThat(mentions(found.get(1))).containsExactly("县公安局交警大队", "县交通运输局");
		// the body a report goes to (县应急管理局, 县安委办) is not responsible
		assertThat(mentions(found.get(2))).containsExactly("各乡镇", "各部门");
		assertThat(mentions(found.get(3))).containsExactly("各单位");
		assertThat(found.get(3).deadline().date()).isEqualTo("2026-01-10");
		assertThat(result.candidates()).isEmpty();
	}

	@Test
	void a_news_report_gives_the_leaders_requirements_not_the_narrative() throws IOException {
		ExtractionResult result = extract("news", LocalDate.of(2025, 11, 17));
		List<ExtractedDirective> found = result.directives();
		assertThat(found).extracting(ExtractedDirective::marker).containsExactly("一要", "二要", "三要");
		assertThat(mentions(found.get(0))).contains("区住建局");
		assertThat(found.get(0).deadline().date()).isEqualTo("2025-12-31");
		// 二要 names no party: it takes the one named before the list
		assertThat(mentions(found.get(1))).containsExactly("各街道", "各部门");
		assertThat(found.get(1).departments()).allMatch(DepartmentMention::inherited);
		assertThat(found.get(2).deadline().date()).isEqualTo("2025-11-25");
		assertThat(result.candidates()).extracting(Candidate::reason).containsExactly(Candidate.Reason.PREAMBLE);
	}

	@Test
	void minutes_give_each_agreed_item_with_lead_assisting_units_and_recurrence() throws IOException {
		List<ExtractedDirective> found = extract("minutes", LocalDate.of(2025, 10, 9)).directives();
		assertThat(found).hasSize(3);
		assertThat(mentions(found.get(0))).containsExactly("各村（社区）");
		assertThat(found.get(0).deadline().date()).isEqualTo("2025-10-31");
		assertThat(found.get(1).title()).isEqualTo("渔船安全检查");
		assertThat(mentions(found.get(1))).containsExactly("镇农业服务中心", "镇派出所", "镇边防所");
		assertThat(found.get(1).deadline().recurrence()).isEqualTo("MONTHLY");
		assertThat(found.get(2).title()).isEqualTo("石料厂粉尘治理");
		assertThat(found.get(2).deadline().date()).isEqualTo("2025-11-15");
	}

	@Test
	void a_speech_keeps_exhortation_own_plans_and_closing_words_apart() throws IOException {
		ExtractionResult result = extract("speech", LocalDate.of(2025, 11, 20));
		List<ExtractedDirective> found = result.directives();
		assertThat(found).extracting(ExtractedDirective::title)
			.containsExactly("抓好重点领域整治", "加强客运车辆动态监控", "压实各方责任", "落实行业监管责任", "落实主体责任", "做好应急准备", "报送值班表");
		assertThat(found.get(0).deadline().date()).isEqualTo("2025-12-31");
		assertThat(mentions(found.get(5))).containsExactly("县应急管理局", "县气象局");
		assertThat(found.get(5).deadline().date()).isEqualTo("2025-12-10");
		assertThat(found.get(6).deadline().recurrence()).isEqualTo("WEEKLY");
		assertThat(result.candidates()).extracting(Candidate::reason)
			.contains(Candidate.Reason.EXHORTATION, Candidate.Reason.COMMITMENT, Candidate.Reason.CLOSING);
	}

	@Test
	void a_work_plans_labelled_lines_give_its_items_parties_and_deadlines() throws IOException {
		List<ExtractedDirective> found = extract("plan", LocalDate.of(2025, 3, 1)).directives();
		// 一、工作目标 heads a goal, not work; 三、工作要求 closes the plan
		assertThat(found).extracting(ExtractedDirective::marker).startsWith("（一）", "（二）");
		assertThat(found.get(0).title()).isEqualTo("开展餐饮场所燃气安全排查");
		assertThat(mentions(found.get(0))).containsExactly("区住建委", "区市场监管局", "区商务委", "各街道");
		assertThat(found.get(0).departments()).extracting(DepartmentMention::role)
			.containsExactly(DepartmentMention.Role.LEAD, DepartmentMention.Role.ASSIST, DepartmentMention.Role.ASSIST,
					DepartmentMention.Role.ASSIST);
		assertThat(found.get(0).deadline().date()).isEqualTo("2025-06-30");
		assertThat(mentions(found.get(1))).containsExactly("区住建委", "区燃气公司");
		assertThat(found.get(1).deadline().date()).isEqualTo("2025-12-31");
		assertThat(found.get(1).path()).containsExactly("二、", "（二）");
	}

	@Test
	void remarks_reported_as_one_sentence_give_one_task_per_yao_clause() throws IOException {
		List<ExtractedDirective> found = extract("remarks", LocalDate.of(2025, 10, 12)).directives();
		assertThat(found).extracting(ExtractedDirective::text)
			.containsExactly("要紧盯道路交通、建筑施工、燃气等重点行业领域，深入开展隐患排查整治", "要严格落实企业安全生产主体责任，督促企业开展自查自改",
					"要加强应急值守，确保突发情况第一时间处置到位");
	}

}
