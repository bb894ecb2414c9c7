package org.anwei.duban.directive.extraction;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who answers for a requirement, on sentences written for this test: parties by position
 * (subjects, 由…负责, 牵头, 会同, 配合), generic parties read whole, lists sharing a head, and the
 * words that are not parties (objects, partners, recipients, look-alikes).
 */
class PartyGrammarTest {

	private static final DepartmentDirectory DIRECTORY = DepartmentDirectory
		.of(Map.of("市应急管理局", List.of("市安监局"), "市住房和城乡建设局", List.of("市住建局")));

	private static List<String> parties(String sentence) {
		String text = NormalizedText.of(sentence).text();
		PartyGrammar grammar = new PartyGrammar(text, DIRECTORY);
		return grammar.responsible(0, text.length())
			.stream()
			.map(p -> (p.completion() != null ? p.completion() : text.substring(p.start(), p.end()))
					+ (p.role() == DepartmentMention.Role.ASSIST ? "(配合)" : ""))
			.toList();
	}

	@Test
	void lead_and_assisting_parties_of_an_assignment() {
		assertThat(parties("由公安、交通部门负责，有关部门配合，开展道路交通整治。")).containsExactly("公安部门", "交通部门", "有关部门(配合)");
		assertThat(parties("市安监局牵头，会同市住建局，于12月20日前完成排查。")).containsExactly("市安监局", "市住建局(配合)");
		assertThat(parties("由县公安局交警大队负责，县交通运输局配合，严查超载。")).containsExactly("县公安局交警大队", "县交通运输局(配合)");
		assertThat(parties("整个抢险工作的督办落实，由临时工作组负责。")).containsExactly("临时工作组");
	}

	@Test
	void generic_parties_are_read_whole() {
		assertThat(parties("各级各部门要着力抓好以下工作。")).containsExactly("各级各部门");
		assertThat(parties("各县(市、区)人民政府要组织排查。")).containsExactly("各县(市、区)人民政府");
		assertThat(parties("各镇（园区）要落实属地责任。")).containsExactly("各镇(园区)");
		assertThat(parties("各有关单位要加强值守。")).containsExactly("各有关单位");
		assertThat(parties("全市各级各部门要提高认识。")).containsExactly("全市各级各部门");
		assertThat(parties("各类生产经营单位要落实主体责任。")).containsExactly("各类生产经营单位");
		assertThat(parties("企业要落实主体责任。")).containsExactly("企业");
	}

	@Test
	void coordinated_parties_are_split_at_their_separators() {
		assertThat(parties("各地区、各有关部门和单位要加强监管。")).containsExactly("各地区", "各有关部门", "单位");
		assertThat(parties("市公安局和市交通局要联合执法。")).containsExactly("市公安局", "市交通局");
		assertThat(parties("市住房和城乡建设局要加强工地检查。")).containsExactly("市住房和城乡建设局");
		assertThat(parties("要求安监站、综治办、派出所联合成立检查小组。")).containsExactly("安监站", "综治办", "派出所");
	}

	@Test
	void abbreviations_sharing_the_last_word_become_departments() {
		assertThat(parties("市安监、煤炭、消防等部门按照各自职责负责制定方案。")).containsExactly("市安监部门", "煤炭部门", "消防部门");
	}

	@Test
	void a_role_is_a_party_of_its_own_kind() {
		String text = NormalizedText.of("主要领导要亲自带队检查。").text();
		List<Party> found = new PartyGrammar(text, DIRECTORY).responsible(0, text.length());
		assertThat(found).singleElement().satisfies(p -> assertThat(p.roleOnly()).isTrue());
		assertThat(parties("镇直各单位负责人要全面落实属地管理责任。")).containsExactly("镇直各单位负责人");
	}

	@Test
	void a_party_after_a_time_phrase_without_a_comma_is_found() {
		assertThat(parties("今冬明春期间各地要加强隐患排查。")).containsExactly("各地");
	}

	@Test
	void objects_partners_and_recipients_are_not_responsible() {
		assertThat(parties("要督促生产经营单位落实主体责任。")).isEmpty();
		assertThat(parties("要引导企业开展自查自改。")).isEmpty();
		assertThat(parties("要密切与气象、水利等部门的沟通联系。")).isEmpty();
		assertThat(parties("各单位将排查结果于7月25日前报市安委办。")).containsExactly("各单位");
		assertThat(parties("发现险情要及时向县政府报告。")).isEmpty();
	}

	@Test
	void words_that_merely_end_like_a_unit_are_not_parties() {
		assertThat(parties("要采用市场办法解决资金问题。")).isEmpty();
		assertThat(parties("加强督办检查，消除盲区，构建齐抓共管格局。")).isEmpty();
		assertThat(parties("明确牵头部门，细化部门职责。")).isEmpty();
		assertThat(parties("立即组建排危抢险临时工作组。")).isEmpty();
		assertThat(parties("不打折扣地做好安全防范工作。")).isEmpty();
	}

	@Test
	void the_verb_huitong_is_not_the_county_of_that_name() {
		assertThat(parties("县住建局牵头，会同县市场监管局开展检查。")).containsExactly("县住建局", "县市场监管局(配合)");
	}

	@Test
	void traditional_characters_are_read_as_simplified() {
		assertThat(parties("各級黨委政府要壓實屬地責任。")).containsExactly("各级党委政府");
	}

	@Test
	void directory_names_and_aliases_are_recognised() {
		assertThat(DIRECTORY.resolve("市安监局")).contains("市应急管理局");
		assertThat(DIRECTORY.resolve("市住建局")).contains("市住房和城乡建设局");
		assertThat(DIRECTORY.resolve("各县区")).isEmpty();
	}

}
