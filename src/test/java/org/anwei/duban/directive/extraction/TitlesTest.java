package org.anwei.duban.directive.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Short task titles: the action and its object, on sentences written for this test. */
class TitlesTest {

	@Test
	void the_party_modal_words_assignment_and_deadline_are_left_out() {
		assertThat(DirectiveExtractor.title("市安监局要牵头，会同市住建局，于12月20日前完成全市危险化学品企业隐患排查，建立问题清单"))
			.isEqualTo("全市危险化学品企业隐患排查");
		assertThat(DirectiveExtractor.title("要求各管理区对辖区内各类在建项目进行安全隐患排查，及时消除隐患")).isEqualTo("辖区内各类在建项目安全隐患排查");
		assertThat(DirectiveExtractor.title("会议明确，渔船安全检查由镇农业服务中心牵头，镇派出所配合，每月开展一次")).isEqualTo("渔船安全检查");
		assertThat(DirectiveExtractor.title("关于石料厂粉尘治理问题，由镇环保所负责督促企业整改")).isEqualTo("石料厂粉尘治理");
		assertThat(DirectiveExtractor.title("各街道要于11月25日前完成冬季防火巡查队伍组建")).isEqualTo("冬季防火巡查队伍组建");
	}

	@Test
	void a_short_first_clause_takes_the_next_one_along() {
		assertThat(DirectiveExtractor.title("认清形势，逐层压实安全生产主体责任")).isEqualTo("认清形势，逐层压实安全生产主体责任");
	}

	@Test
	void an_items_heading_is_its_title_and_titles_stay_short() {
		assertThat(Titles.of("加强值班值守。", "各乡镇要严格执行24小时值班制度")).isEqualTo("加强值班值守");
		String long_ = DirectiveExtractor.title("要全面排查整治人员密集场所、高层建筑、大型综合体、老旧小区、仓储物流园区的消防安全隐患");
		assertThat(long_.length()).isLessThanOrEqualTo(Titles.MAX);
		assertThat(long_).startsWith("排查整治人员密集场所");
	}

}
