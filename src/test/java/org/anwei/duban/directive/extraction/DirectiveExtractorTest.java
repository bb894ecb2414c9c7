package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per pattern the engine must handle, on small texts written to trip it up. */
class DirectiveExtractorTest {

	private static final LocalDate MEETING = LocalDate.of(2026, 11, 10);

	private static final DepartmentDirectory DIRECTORY = DepartmentDirectory
		.of(Map.of("市应急管理局", List.of("市安监局", "市安全生产监督管理局"), "市住房和城乡建设局", List.of("市住建局"), "市交通运输局", List.of("市交通局")));

	private final DirectiveExtractor extractor = new DirectiveExtractor();

	private List<ExtractedDirective> extract(String text) {
		return this.extractor.extract(text, MEETING, DIRECTORY).directives();
	}

	@Test
	void inline_yi_shi_er_shi_items_become_directives_with_exact_offsets() {
		String text = "会议强调：一是要压实责任，层层落实；二是要加强检查，消除隐患；三是做好应急值守工作。";
		List<ExtractedDirective> found = extract(text);
		assertThat(found).extracting(ExtractedDirective::marker).containsExactly("一是", "二是", "三是");
		for (ExtractedDirective d : found) {
			assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
		}
		assertThat(found.getFirst().text()).isEqualTo("要压实责任，层层落实");
	}

	@Test
	void numbered_and_bracketed_lists_and_a_heading_that_only_groups() {
		String text = "一、隐患排查\n（一）各县区要开展拉网式排查。\n（二）各企业要落实主体责任。\n二、值班值守\n1、各单位要严格执行24小时值班制度。\n2、请各单位于11月30日前报送值班表。";
		List<ExtractedDirective> found = extract(text);
		assertThat(found).extracting(ExtractedDirective::marker).containsExactly("（一）", "（二）", "1、", "2、");
		assertThat(found.get(2).path()).containsExactly("二、", "1、");
		assertThat(found.get(3).deadline().date()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void semicolon_series_inherit_the_party_of_their_sentence() {
		List<ExtractedDirective> found = extract("会议要求，各地要开展燃气安全排查；要严格行政许可；要强化部门联动。");
		assertThat(found).hasSize(3);
		assertThat(found.get(2).departments()).singleElement().satisfies(d -> {
			assertThat(d.mention()).isEqualTo("各地");
			assertThat(d.inherited()).isTrue();
		});
	}

	@Test
	void aliases_map_to_todays_department_and_lead_and_assist_are_told_apart() {
		List<ExtractedDirective> found = extract("由市安监局牵头，市住建局、市交通局配合，开展建筑施工领域专项整治。");
		assertThat(found).singleElement().satisfies(d -> {
			assertThat(d.departments()).extracting(DepartmentMention::department)
				.contains("市应急管理局", "市住房和城乡建设局", "市交通运输局");
			assertThat(d.departments()).filteredOn(m -> m.role() == DepartmentMention.Role.ASSIST)
				.extracting(DepartmentMention::department)
				.contains("市交通运输局");
			assertThat(d.categories()).contains("建筑施工");
		});
	}

	@Test
	void a_sentence_that_hands_work_to_two_parties_is_split() {
		List<ExtractedDirective> found = extract("各县区负责组织开展本辖区专项整治工作，市直有关部门依照各自职责，严格加强行业领域隐患排查。");
		assertThat(found).extracting(d -> d.departments().getFirst().mention()).containsExactly("各县区", "市直有关部门");
	}

	@Test
	void relative_deadlines_and_recurrences_are_resolved_against_the_meeting() {
		assertThat(deadline("各单位要在年底前完成整改。").date()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(deadline("各单位要在三个月内完成整改。").date()).isEqualTo(LocalDate.of(2027, 2, 10));
		assertThat(deadline("各单位要限期30天完成整改。").date()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(deadline("各县区要在2月28日前完成整改。").date()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(deadline("各企业要力争到2028年全部达标。").date()).isEqualTo(LocalDate.of(2028, 12, 31));
		assertThat(deadline("各单位要每月末报送隐患台账。").recurrence()).isEqualTo("MONTHLY");
		assertThat(deadline("各单位要每周一报送周报。").recurrence()).isEqualTo("WEEKLY");
	}

	@Test
	void an_action_period_is_the_deadline_of_items_without_their_own() {
		List<ExtractedDirective> found = this.extractor
			.extract("专项行动时间为2016年12月1日至2017年2月28日。市公安局牵头，负责道路交通领域整治。", null, DIRECTORY)
			.directives();
		assertThat(found).singleElement()
			.satisfies(d -> assertThat(d.deadline().date()).isEqualTo(LocalDate.of(2017, 2, 28)));
	}

	@Test
	void traditional_text_with_pinyin_annotations_keeps_offsets_into_the_original() {
		String text = "檢查要求(qiú)：各鄉(xiāng)鎮(zhèn)要立即開(kāi)展大檢查。";
		ExtractedDirective found = extract(text).getFirst();
		assertThat(text.substring(found.start(), found.end())).isEqualTo(found.text());
		assertThat(found.departments()).extracting(DepartmentMention::mention).contains("各鄉(xiāng)鎮(zhèn)");
	}

	@Test
	void page_chrome_and_disclaimer_lists_are_not_directives() {
		String text = "1、未经本网授权，不得转载本网稿件。\n2、本网转载其他媒体之稿件，不代表本网观点。\n各单位要加强值班值守。\n扫一扫在手机上查看当前页面";
		assertThat(extract(text)).extracting(ExtractedDirective::text).containsExactly("各单位要加强值班值守");
	}

	@Test
	void a_text_without_a_clear_requirement_offers_its_sentences_of_work_as_candidates() {
		ExtractionResult result = this.extractor.extract("今年以来全市安全生产形势总体平稳。下一步将切实加强隐患排查治理。", MEETING, DIRECTORY);
		assertThat(result.directives()).isEmpty();
		assertThat(result.candidates()).singleElement().satisfies(c -> {
			assertThat(c.reason()).isEqualTo(Candidate.Reason.WEAK);
			assertThat(c.directive().text()).isEqualTo("下一步将切实加强隐患排查治理");
		});
	}

	@Test
	void empty_text_has_no_directives() {
		assertThat(extract("")).isEmpty();
		assertThat(extract("   \n ")).isEmpty();
	}

	private Deadline deadline(String text) {
		return extract(text).getFirst().deadline();
	}

}
