package org.anwei.duban.directive.extraction;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame of a document is read before its requirements, on pages written for this
 * test.
 */
class LayoutReaderTest {

	private static Layout read(String page) {
		return LayoutReader.read(NormalizedText.of(page).text(), DepartmentDirectory.empty());
	}

	private static Map<String, Layout.Kind> kinds(String page) {
		String text = NormalizedText.of(page).text();
		return read(page).lines()
			.stream()
			.filter(l -> l.end() > l.start() && !text.substring(l.start(), l.end()).isBlank())
			.collect(Collectors.toMap(l -> text.substring(l.start(), l.end()).strip(), Layout.Line::kind, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	@Test
	void a_notice_has_a_title_a_number_addressees_a_body_and_a_signature() {
		String notice = """
				青河县安全生产委员会办公室关于做好岁末年初安全防范工作的通知
				青安办〔2025〕31号
				各乡镇人民政府，县安委会各成员单位，各有关企业：
				现将有关事项通知如下：
				一、各乡镇要开展燃气安全排查。
				青河县安全生产委员会办公室
				2025年12月3日
				""";
		assertThat(kinds(notice).values()).containsExactly(Layout.Kind.TITLE, Layout.Kind.NUMBER, Layout.Kind.ADDRESSEE,
				Layout.Kind.BODY, Layout.Kind.BODY, Layout.Kind.SIGNATURE, Layout.Kind.SIGNATURE);
		Layout layout = read(notice);
		assertThat(layout.addressees()).hasSize(3);
		assertThat(layout.documentDate()).isEqualTo("2025-12-03");
		assertThat(layout.documentYear()).isEqualTo(2025);
	}

	@Test
	void site_menus_bylines_publishing_lines_reprint_notes_and_truncation_are_chrome() {
		String page = """
				首页 新闻中心 政务公开 办事服务 互动交流
				发布时间：2025-11-18 09:30  来源：区应急管理局  浏览次数：312
				本报讯（记者 张某）
				各街道要于11月25日前完成防火巡查队伍组建。
				本文转载自某某网，版权归原作者所有，如有侵权请联系删除。
				……（未完，全文共2260字）
				扫一扫在手机打开当前页
				""";
		Map<String, Layout.Kind> kinds = kinds(page);
		assertThat(kinds.get("首页 新闻中心 政务公开 办事服务 互动交流")).isEqualTo(Layout.Kind.CHROME);
		assertThat(kinds.get("本报讯(记者 张某)")).isEqualTo(Layout.Kind.BYLINE);
		assertThat(kinds.get("各街道要于11月25日前完成防火巡查队伍组建。")).isEqualTo(Layout.Kind.BODY);
		assertThat(
				kinds.entrySet().stream().filter(e -> e.getValue() == Layout.Kind.BODY).map(Map.Entry::getKey).toList())
			.containsExactly("各街道要于11月25日前完成防火巡查队伍组建。");
		assertThat(read(page).documentDate()).isEqualTo("2025-11-18");
	}

	@Test
	void a_salutation_is_no_addressee() {
		Map<String, Layout.Kind> kinds = kinds("同志们：\n下面我讲三点意见：一要压实责任。");
		assertThat(kinds.get("同志们:")).isEqualTo(Layout.Kind.SALUTATION);
		assertThat(read("同志们：\n各单位要加强值守。").addressees()).isEmpty();
	}

	@Test
	void dates_in_chinese_numerals_or_without_their_characters_are_read() {
		assertThat(read("各部门要加强值守。\n二○一○年一月十三日").documentDate()).isEqualTo("2010-01-13");
		assertThat(read("各部门要加强值守。\n2017913").documentDate()).isEqualTo("2017-09-13");
	}

	@Test
	void a_title_split_one_word_per_line_is_not_body() {
		String page = "2023\n煤矿\n瓦斯\n防治\n工作\n大会\n同志们：\n一是各级各部门要深入推进煤矿瓦斯防治。";
		assertThat(kinds(page).entrySet()
			.stream()
			.filter(e -> e.getValue() == Layout.Kind.BODY)
			.map(Map.Entry::getKey)
			.toList()).isEqualTo(List.of("一是各级各部门要深入推进煤矿瓦斯防治。"));
	}

}
