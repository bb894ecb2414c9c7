package org.anwei.duban.directive.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirements are told from narrative and assessment by the speech act, on sentences
 * written for this test.
 */
class SpeechActsTest {

	private static SpeechAct act(String sentence) {
		String text = NormalizedText.of(sentence).text();
		return SpeechActs.classify(text, 0, text.length(), new PartyGrammar(text, DepartmentDirectory.empty()));
	}

	@Test
	void what_happened_is_narrative() {
		assertThat(act("会议听取了市应急管理局关于三季度安全生产情况的汇报")).isEqualTo(SpeechAct.NARRATIVE);
		assertThat(act("会上，副县长传达了全省安全生产电视电话会议精神")).isEqualTo(SpeechAct.NARRATIVE);
		assertThat(act("全体机关干部、各村负责人参加会议")).isEqualTo(SpeechAct.NARRATIVE);
		assertThat(act("11月17日下午，西岭区召开安全生产工作推进会")).isEqualTo(SpeechAct.NARRATIVE);
		assertThat(act("各街道主要负责同志参加会议")).isEqualTo(SpeechAct.NARRATIVE);
	}

	@Test
	void how_things_are_is_assessment() {
		assertThat(act("会议指出，当前安全生产形势严峻复杂")).isEqualTo(SpeechAct.ASSESSMENT);
		assertThat(act("今年以来全市共发生生产安全事故12起，同比下降8%")).isEqualTo(SpeechAct.ASSESSMENT);
		assertThat(act("岁末年初是各类事故易发多发期")).isEqualTo(SpeechAct.ASSESSMENT);
		assertThat(act("鉴于民房结构老化，极不稳定")).isEqualTo(SpeechAct.ASSESSMENT);
	}

	@Test
	void asking_for_work_is_a_requirement() {
		assertThat(act("会议要求，各地要立即开展燃气安全排查")).isEqualTo(SpeechAct.REQUIREMENT);
		assertThat(act("要求各管理区对辖区内在建项目进行隐患排查")).isEqualTo(SpeechAct.REQUIREMENT);
		assertThat(act("由县应急管理局负责，县公安局配合")).isEqualTo(SpeechAct.REQUIREMENT);
		assertThat(act("各单位将排查结果于7月25日前报县安委办")).isEqualTo(SpeechAct.REQUIREMENT);
		assertThat(act("严禁擅自停用消防设施")).isEqualTo(SpeechAct.REQUIREMENT);
	}

	@Test
	void a_verb_of_work_without_a_modal_is_an_action() {
		assertThat(act("加强值班值守，确保信息畅通")).isEqualTo(SpeechAct.ACTION);
		assertThat(act("扎实推进安全生产专项整治三年行动")).isEqualTo(SpeechAct.ACTION);
	}

	@Test
	void lead_ins_exhortations_and_own_plans_are_told_apart() {
		assertThat(act("并提出四项要求：")).isEqualTo(SpeechAct.LEAD_IN);
		assertThat(act("现将有关事项通知如下")).isEqualTo(SpeechAct.LEAD_IN);
		assertThat(act("各乡镇要做到警钟长鸣，时刻绷紧安全之弦")).isEqualTo(SpeechAct.EXHORTATION);
		assertThat(act("我们将组织督查组开展明查暗访")).isEqualTo(SpeechAct.COMMITMENT);
	}

	@Test
	void words_that_only_contain_yao_are_no_modal() {
		assertThat(act("这是全市安全生产的重要基础")).isNotEqualTo(SpeechAct.REQUIREMENT);
		assertThat(act("主要负责人作了表态发言")).isEqualTo(SpeechAct.NARRATIVE);
	}

}
