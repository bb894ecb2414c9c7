package org.anwei.duban.directive.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingsTest {

	private static final String NOTICE = """
			关于做好冬季安全生产工作的通知

			各区人民政府，市有关单位：
			现就做好今冬明春安全生产工作通知如下。
			一、强化重点行业领域整治
			（一）燃气安全。市住建局要组织开展餐饮场所燃气专项检查，12月底前完成。
			（二）道路交通。市公安局交警支队要加强夜间巡逻。市交通局要排查客运企业。
			二、压实各方责任
			各区要落实属地管理责任。
			""";

	@Test
	void a_requirement_stands_under_its_section_and_subsection_headings() {
		int position = NOTICE.indexOf("市交通局要排查");
		assertThat(Headings.above(NOTICE, position)).containsExactly("一、强化重点行业领域整治", "（二）道路交通");
		assertThat(Headings.above(NOTICE, NOTICE.indexOf("各区要落实"))).containsExactly("二、压实各方责任");
	}

	@Test
	void an_item_that_opens_with_someone_elses_requirement_shows_no_title() {
		String text = "一、重点工作\n（一）市公安局要加强夜间巡逻。市交通局要排查客运企业。\n（二）其他。\n";
		assertThat(Headings.above(text, text.indexOf("市交通局"))).containsExactly("一、重点工作");
		assertThat(Headings.above(text, text.indexOf("市公安局"))).containsExactly("一、重点工作");
	}

	@Test
	void text_before_any_section_has_no_headings() {
		assertThat(Headings.above(NOTICE, NOTICE.indexOf("现就做好"))).isEmpty();
		assertThat(Headings.above("各单位要加强值班。", 0)).isEmpty();
	}

}
