package org.anwei.duban.hazard.ui;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.anwei.duban.extension.ui.ExtensionDialog;
import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestImages;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ui.TextDialog;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.evidence.ui.ReportDialog;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardListItem;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.hazard.HazardType;
import org.anwei.duban.hazard.PhotoPhase;
import org.anwei.duban.hazard.PhotoSummary;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hazard journey through the screens, as a liaison, staff and a leader. */
class HazardUiTest extends KaribuTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	DepartmentService departments;

	private static Button button(String id) {
		return _get(Button.class, spec -> spec.withId(id));
	}

	@Test
	void a_liaison_registers_with_a_photo_rectifies_staff_refuse_then_accept_and_the_hazard_is_closed_out() {
		String unit = "城西木业加工厂" + Long.toString(System.nanoTime(), 36);
		login(TestUsers.DEPT_YJJ, "hazards");
		_click(button("hazard-new"));
		HazardFormDialog form = _get(HazardFormDialog.class);
		assertThat(form.responsible.isReadOnly()).as("a liaison registers for their own department").isTrue();
		form.unitName.setValue(unit);
		form.district.setValue("城西区");
		form.address.setValue("城西区工业路 12 号");
		form.industry.setValue(DirectiveCategory.INDUSTRY_DUST);
		form.type.setValue(HazardType.THING);
		form.description.setValue("除尘系统未设置泄爆装置。");
		form.timeLimit.setValue(TODAY.plusDays(15));
		form.receive("现场照片.png", TestImages.png(80, 60, Color.ORANGE));
		_click(form.save);
		assertThat(currentPath()).startsWith("hazards/");
		HazardView view = _get(HazardView.class);
		assertThat(view.current().status()).isEqualTo(HazardStatus.REGISTERED);
		assertThat(view.current().photos()).extracting(PhotoSummary::phase).containsExactly(PhotoPhase.BEFORE);
		long id = view.current().id();

		_click(button("hazard-start"));
		_click(button("hazard-submit"));
		ReportDialog report = _get(ReportDialog.class);
		report.text.setValue("已加装泄爆片。");
		report.receive("整改后.png", TestImages.png(80, 60, Color.GREEN));
		_click(report.send);
		assertThat(_get(HazardView.class).current().status()).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
		assertThat(_find(Button.class, spec -> spec.withId("hazard-accept"))).as("only staff accept").isEmpty();

		login(TestUsers.STAFF, HazardView.path(id));
		_click(button("hazard-accept"));
		OutcomeDialog acceptance = _get(OutcomeDialog.class);
		acceptance.passed.setValue(false);
		_click(acceptance.confirm);
		assertThat(acceptance.conclusion.isInvalid()).as("a failed acceptance needs its reason").isTrue();
		acceptance.conclusion.setValue("泄爆片规格不符。");
		_click(acceptance.confirm);
		assertThat(_get(HazardView.class).current().status()).isEqualTo(HazardStatus.RECTIFYING);

		login(TestUsers.DEPT_YJJ, HazardView.path(id));
		_click(button("hazard-submit"));
		ReportDialog again = _get(ReportDialog.class);
		again.text.setValue("已更换为合格泄爆片。");
		_click(again.send);

		login(TestUsers.STAFF, HazardView.path(id));
		_click(button("hazard-accept"));
		_click(_get(OutcomeDialog.class).confirm);
		HazardDetails closed = _get(HazardView.class).current();
		assertThat(closed.status()).isEqualTo(HazardStatus.CLOSED);
		assertThat(closed.acceptances()).hasSize(2);
		assertThat(_find(Button.class, spec -> spec.withId("hazard-edit"))).as("closed out: no more edits").isEmpty();
	}

	@Test
	void a_major_hazard_form_names_each_missing_assurance_next_to_its_field() {
		login(TestUsers.STAFF, "hazards");
		_click(button("hazard-new"));
		HazardFormDialog form = _get(HazardFormDialog.class);
		form.unitName.setValue("重大隐患单位");
		form.district.setValue("临江县");
		form.address.setValue("临江县港区");
		form.industry.setValue(DirectiveCategory.HAZARDOUS_CHEMICALS);
		form.type.setValue(HazardType.THING);
		form.description.setValue("液氨储罐安全阀失效。");
		form.level.setValue(HazardLevel.MAJOR);
		form.responsible.setValue(DirectiveTestData.department(this.departments, "YJJ"));
		form.timeLimit.setValue(TODAY.plusDays(30));
		form.creditCode.setValue("91330100MA2B3C4D5X");
		_click(form.save);
		assertThat(form.owner.isInvalid()).isTrue();
		assertThat(form.measures.isInvalid()).isTrue();
		assertThat(form.funds.isInvalid()).isTrue();
		assertThat(form.emergencyPlan.isInvalid()).isTrue();
		assertThat(form.emergencyPlan.getErrorMessage()).contains("五落实");
		assertThat(form.creditCode.isInvalid()).isTrue();
		assertThat(form.unitName.getValue()).as("nothing typed is lost").isEqualTo("重大隐患单位");
		form.owner.setValue("李厂长");
		form.measures.setValue("停用储罐，更换安全阀。");
		form.funds.setValue(new BigDecimal("85000"));
		form.emergencyPlan.setValue("液氨泄漏专项应急预案");
		form.creditCode.setValue("");
		_click(form.save);
		assertThat(_get(HazardView.class).current().level()).isEqualTo(HazardLevel.MAJOR);
	}

	@Test
	void filters_come_from_and_go_to_the_url_and_others_hazards_stay_hidden() {
		this.users.login(TestUsers.STAFF);
		String unit = "筛选测试" + Long.toString(System.nanoTime(), 36);
		long zjjHazard = this.hazards
			.register(HazardTestData.major(unit, DirectiveTestData.department(this.departments, "ZJJ").id(), TODAY,
					TODAY.plusDays(10)), List.of())
			.id();
		login(TestUsers.STAFF, "hazards?level=MAJOR&q=" + unit);
		HazardListView list = _get(HazardListView.class);
		assertThat(list.level.getValue()).isEqualTo(HazardLevel.MAJOR);
		assertThat(list.shown()).extracting(HazardListItem::id).containsExactly(zjjHazard);
		list.level.setValue(HazardLevel.GENERAL);
		assertThat(list.shown()).isEmpty();

		login(TestUsers.DEPT_YJJ, "hazards?q=" + unit);
		assertThat(_get(HazardListView.class).shown()).isEmpty();
		assertThatThrownBy(() -> UI.getCurrent().navigate(HazardView.path(zjjHazard)))
			.isInstanceOf(com.github.mvysny.kaributesting.v10.NotFoundError.class);
	}

	@Test
	void a_leader_leaves_an_instruction_from_the_hazard_page() {
		this.users.login(TestUsers.STAFF);
		long id = this.hazards.register(
				HazardTestData.general("批示页面" + Long.toString(System.nanoTime(), 36),
						DirectiveTestData.department(this.departments, "YJJ").id(), TODAY, TODAY.plusDays(10)),
				List.of())
			.id();
		login(TestUsers.LEADER, HazardView.path(id));
		assertThat(_find(Button.class, spec -> spec.withId("hazard-start"))).isEmpty();
		_click(button("hazard-instruct"));
		TextDialog instruction = _get(TextDialog.class);
		instruction.text.setValue("请举一反三，开展同类企业排查。");
		_click(instruction.confirm);
		assertThat(_find(TextDialog.class)).isEmpty();
	}

	@Test
	void the_liaison_asks_for_more_time_and_staff_approve_on_the_hazard_page() {
		this.users.login(TestUsers.STAFF);
		long id = this.hazards.register(
				HazardTestData.general("延期页面" + Long.toString(System.nanoTime(), 36),
						DirectiveTestData.department(this.departments, "YJJ").id(), TODAY, TODAY.plusDays(10)),
				List.of())
			.id();
		login(TestUsers.DEPT_YJJ, HazardView.path(id));
		_click(button("hazard-extend"));
		ExtensionDialog extension = _get(ExtensionDialog.class);
		extension.reason.setValue("需停产检修，时间不够。");
		extension.deadline.setValue(TODAY.plusDays(25));
		_click(extension.send);
		assertThat(_get(HazardView.class).current().pendingExtension()).isPresent();
		assertThat(_find(Button.class, spec -> spec.withId("hazard-extend"))).as("one request at a time").isEmpty();

		login(TestUsers.STAFF, HazardView.path(id));
		_click(button("extension-approve"));
		TextDialog approval = _get(TextDialog.class);
		_click(approval.confirm);
		HazardView view = _get(HazardView.class);
		assertThat(view.current().timeLimit()).isEqualTo(TODAY.plusDays(25));
		assertThat(_find(Button.class, spec -> spec.withId("extension-approve"))).isEmpty();
	}

}
