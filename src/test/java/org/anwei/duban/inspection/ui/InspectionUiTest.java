package org.anwei.duban.inspection.ui;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestImages;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.ui.HazardFormDialog;
import org.anwei.duban.hazard.ui.HazardFormFields;
import org.anwei.duban.inspection.FindingItem;
import org.anwei.duban.inspection.FindingKind;
import org.anwei.duban.inspection.InspectionCommand;
import org.anwei.duban.inspection.InspectionKind;
import org.anwei.duban.inspection.InspectionListItem;
import org.anwei.duban.inspection.InspectionService;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff record an unannounced visit, register a hazard found there with a photo and hand
 * another finding to a department; filters live in the URL; another department cannot
 * open the inspection.
 */
class InspectionUiTest extends KaribuTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	InspectionService inspections;

	@Autowired
	DepartmentService departments;

	private static Button button(String id) {
		return _get(Button.class, spec -> spec.withId(id));
	}

	@Test
	void staff_record_a_visit_and_its_findings_on_site() {
		String title = "夜间暗访" + System.nanoTime();
		login(TestUsers.STAFF, "inspections");
		_click(button("inspection-new"));
		InspectionFormDialog form = _get(InspectionFormDialog.class);
		assertThat(form.kind.getValue()).as("the usual case first").isEqualTo(InspectionKind.UNANNOUNCED);
		_click(form.save);
		assertThat(form.title.isInvalid()).isTrue();
		assertThat(form.sites.isInvalid()).isTrue();
		form.title.setValue(title);
		form.teamLeader.setValue("王主任");
		form.district.setValue("城西区");
		form.departments.setValue(Set.of(DirectiveTestData.department(this.departments, "YJJ")));
		form.sites.setValue("城西木业加工厂");
		_click(form.save);
		assertThat(currentPath()).startsWith("inspections/");
		InspectionView view = _get(InspectionView.class);

		_click(button("inspection-add-hazard"));
		HazardFormDialog hazard = _get(HazardFormDialog.class);
		hazard.receive("现场.png", TestImages.png(80, 60, Color.ORANGE));
		HazardFormFields.fill(hazard, DirectiveTestData.department(this.departments, "YJJ"), TODAY.plusDays(15));
		assertThat(HazardFormFields.source(hazard)).isEqualTo(HazardSource.UNANNOUNCED);
		assertThat(HazardFormFields.unit(hazard)).as("the only site").isEqualTo("城西木业加工厂");
		_click(HazardFormFields.save(hazard));
		assertThat(view.current().findings()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(FindingKind.HAZARD);
			assertThat(f.hazardNumber()).startsWith("YH-");
		});

		_click(button("inspection-assign-task"));
		FindingTaskDialog task = _get(FindingTaskDialog.class);
		task.description.setValue("木业加工厂集中区普遍未落实粉尘清扫制度。");
		task.department.setValue(DirectiveTestData.department(this.departments, "GXJ"));
		_click(task.save);
		assertThat(view.current().findings()).extracting(FindingItem::kind)
			.containsExactly(FindingKind.HAZARD, FindingKind.TASK);
		assertThat(_find(Anchor.class, spec -> spec.withText(view.current().findings().getFirst().hazardNumber())))
			.hasSize(1);

		login(TestUsers.STAFF, "inspections?kind=UNANNOUNCED&q=" + title);
		InspectionListView list = _get(InspectionListView.class);
		assertThat(list.kind.getValue()).isEqualTo(InspectionKind.UNANNOUNCED);
		assertThat(list.shown()).singleElement().satisfies(i -> {
			assertThat(i.findingCount()).isEqualTo(2);
			assertThat(i.siteCount()).isEqualTo(1);
		});
		list.kind.setValue(InspectionKind.JOINT);
		assertThat(list.shown()).isEmpty();
		assertThat(_get(Button.class, spec -> spec.withId("inspection-export")).isEnabled()).isTrue();
	}

	@Test
	void another_department_cannot_open_the_inspection_by_url() {
		this.users.login(TestUsers.STAFF);
		long id = this.inspections
			.create(new InspectionCommand(TODAY, InspectionKind.SPECIAL, "专项检查" + System.nanoTime(), "李科长", "",
					Set.of(DirectiveTestData.department(this.departments, "YJJ").id()), null, List.of("某化工厂"), ""))
			.id();
		login(TestUsers.DEPT_ZJJ, "inspections");
		assertThat(_get(InspectionListView.class).shown()).extracting(InspectionListItem::id).doesNotContain(id);
		assertThat(_find(Button.class, spec -> spec.withId("inspection-new"))).as("staff record").isEmpty();
		assertThatThrownBy(() -> UI.getCurrent().navigate(InspectionView.path(id)))
			.isInstanceOf(com.github.mvysny.kaributesting.v10.NotFoundError.class);
		login(TestUsers.DEPT_YJJ, InspectionView.path(id));
		assertThat(_find(Button.class, spec -> spec.withId("inspection-add-hazard"))).isEmpty();
	}

}
