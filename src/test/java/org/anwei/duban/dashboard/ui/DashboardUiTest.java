package org.anwei.duban.dashboard.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ui.TextDialog;
import org.anwei.duban.base.ui.chart.Chart;
import org.anwei.duban.dashboard.RankingRow;
import org.anwei.duban.instruction.ui.InstructionList;
import org.anwei.duban.organization.DepartmentFilter;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskFigureFixture;
import org.anwei.duban.task.TaskFigureFixtures;
import org.anwei.duban.task.TaskListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.anwei.duban.task.TaskFigureFixture.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a browserless UI on the hand-counted fixture: filters from the URL,
 * the leader's scope, and drill-down from cards, ranking cells and chart items to lists
 * of as many tasks.
 */
class DashboardUiTest extends KaribuTest {

	@Autowired
	DepartmentService departments;

	@Autowired
	TaskFigureFixtures fixtures;

	private TaskFigureFixture f;

	private String month;

	private String firstCode;

	private String secondCode;

	@BeforeEach
	void seed() {
		this.f = this.fixtures.create();
		this.month = "period=CUSTOM&from=" + MONTH.atDay(1) + "&to=" + MONTH.atEndOfMonth();
		this.firstCode = this.departments.get(this.f.first).code();
		this.secondCode = this.departments.get(this.f.second).code();
	}

	@Test
	void staff_rank_every_active_department_and_filters_come_from_the_url() {
		login(TestUsers.STAFF, "dashboard?" + this.month);
		DashboardView view = _get(DashboardView.class);
		assertThat(view.filters.preset.getValue()).isEqualTo(PeriodPreset.CUSTOM);
		assertThat(view.filters.from.getValue()).isEqualTo(MONTH.atDay(1));
		assertThat(GridKt._size(ranking())).isEqualTo(this.departments.count(new DepartmentFilter(null, null, true)));

		UI.getCurrent().navigate("dashboard?" + this.month + "&department=" + this.firstCode);
		assertThat(number("dashboard-issued")).as("T1, T2, T3, T5").isEqualTo("4");
		assertThat(number("dashboard-overdue")).isEqualTo("2");
		assertThat(number("dashboard-on-time-rate")).isEqualTo("33.3%");
		assertThat(GridKt._size(ranking())).isOne();
		RankingRow row = GridKt._get(ranking(), 0);
		assertThat(row.light().name()).isEqualTo("RED");
		assertThat(GridKt._getFormatted(ranking(), 0, "average-days")).isEqualTo("13.5");
		assertThat(GridKt._getFormatted(ranking(), 0, "score"))
			.as("100 × 1/3 − 2 overdue × 5 − 2 stale × 2 − 1 return × 2 − 1 urge − 1 extension")
			.isEqualTo("15.3");
	}

	@Test
	void a_card_and_a_ranking_cell_open_lists_of_as_many_tasks() {
		login(TestUsers.STAFF, "dashboard?" + this.month + "&department=" + this.firstCode);
		counted();
		String overdue = _get(Anchor.class, spec -> spec.withId("dashboard-overdue")).getHref();
		assertThat(overdue).contains("figure=OVERDUE").contains("department=" + this.firstCode);
		UI.getCurrent().navigate(overdue);
		assertThat(taskIds()).containsExactlyInAnyOrder(this.f.t2, this.f.t3);
		assertThat(_get(Span.class, spec -> spec.withId("task-figure")).getText()).contains("逾期");

		UI.getCurrent().navigate("dashboard?" + this.month + "&department=" + this.firstCode);
		GridKt._clickItem(ranking(), 0, "returns");
		assertThat(currentPath()).isEqualTo("tasks");
		assertThat(taskIds()).containsExactly(this.f.t4);
	}

	@Test
	void a_chart_item_opens_its_list_and_a_forged_key_opens_nothing() {
		login(TestUsers.STAFF, "dashboard?" + this.month + "&department=" + this.firstCode);
		counted();
		Chart lights = _get(Chart.class, spec -> spec.withId("dashboard-chart-lights"));
		Matcher red = Pattern.compile("\"key\":\"(tasks\\?[^\"]*figure=RED[^\"]*)\"").matcher(lights.getOption());
		assertThat(red.find()).as(lights.getOption()).isTrue();
		ComponentUtil.fireEvent(lights, new Chart.ChartClickEvent(lights, true, "admin/users"));
		assertThat(currentPath()).isEqualTo("dashboard");
		ComponentUtil.fireEvent(lights, new Chart.ChartClickEvent(lights, true, red.group(1)));
		assertThat(currentPath()).isEqualTo("tasks");
		assertThat(taskIds()).containsExactlyInAnyOrder(this.f.t3, this.f.t4);
	}

	@Test
	void a_leader_sees_only_the_departments_they_oversee() {
		login(this.f.leader, "dashboard?" + this.month);
		DashboardView view = _get(DashboardView.class);
		assertThat(view.filters.department.getListDataView().getItems()).singleElement()
			.satisfies(d -> assertThat(d.id()).isEqualTo(this.f.first));
		assertThat(GridKt._size(ranking())).isOne();
		assertThat(number("dashboard-issued")).as("not T6, led by the second department").isEqualTo("4");
		UI.getCurrent().navigate("dashboard?" + this.month + "&department=" + this.secondCode);
		assertThat(view.filters.department.getValue()).as("a department outside the scope is ignored").isNull();
		assertThat(GridKt._size(ranking())).isOne();
	}

	@Test
	void a_leader_instructs_a_department_from_the_ranking_and_its_liaison_reads_it_at_home() {
		login(TestUsers.STAFF, "dashboard?" + this.month + "&department=" + this.firstCode);
		assertThat(ranking().getColumnByKey("instruct")).as("staff do not instruct").isNull();

		// another user, another page: the dashboard is built again for them
		login(this.f.leader, "tasks");
		UI.getCurrent().navigate("dashboard?" + this.month);
		_click((Button) GridKt._getCellComponent(ranking(), 0, "instruct"));
		TextDialog dialog = _get(TextDialog.class);
		_click(dialog.confirm);
		assertThat(dialog.isOpened()).as("an empty instruction is refused in the dialog").isTrue();
		dialog.text.setValue("逾期任务请于月底前清零，主要负责同志亲自督办。");
		_click(dialog.confirm);
		assertThat(textOf(_get(InstructionList.class, spec -> spec.withId("dashboard-instructions"))))
			.contains("月底前清零");

		login(this.f.firstLiaison, "");
		assertThat(textOf(_get(InstructionList.class, spec -> spec.withId("home-instructions")))).contains("月底前清零")
			.contains("分管领导");
		login(this.f.secondLiaison, "tasks");
		UI.getCurrent().navigate("");
		assertThat(textOf(_get(InstructionList.class, spec -> spec.withId("home-instructions"))))
			.doesNotContain("月底前清零");
	}

	private static String textOf(com.vaadin.flow.component.Component component) {
		StringBuilder text = new StringBuilder();
		component.getElement().getChildren().forEach(c -> text.append(c.getTextRecursively()).append('\n'));
		return text.toString();
	}

	/**
	 * Waits until the figures of the dashboard on screen are counted and handed to the
	 * UI, and shows them (a browser would poll for them).
	 */
	private static void counted() {
		_get(DashboardView.class).figures.shown().join();
		MockVaadin.runUIQueue();
	}

	@SuppressWarnings("unchecked")
	private static Grid<RankingRow> ranking() {
		counted();
		return _get(Grid.class, spec -> spec.withId("department-ranking"));
	}

	private static String number(String card) {
		counted();
		return _get(Anchor.class, spec -> spec.withId(card)).getChildren()
			.findFirst()
			.map(c -> ((Span) c).getText())
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<Long> taskIds() {
		Grid<TaskListItem> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
		java.util.List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < GridKt._size(grid); i++) {
			ids.add(GridKt._get(grid, i).id());
		}
		return ids;
	}

	@Test
	void the_handout_is_made_in_the_background_and_offered_as_a_pdf() throws java.io.IOException {
		login(TestUsers.STAFF, "dashboard?" + this.month + "&department=" + this.firstCode);
		_click(_get(Button.class, spec -> spec.withId("dashboard-pdf")));

		byte[] pdf = org.anwei.duban.BackgroundDownloads.await();

		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
				.contains(this.departments.get(this.f.first).name(), "33.3%");
		}
	}

}
