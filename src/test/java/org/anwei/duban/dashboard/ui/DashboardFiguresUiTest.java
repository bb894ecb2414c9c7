package org.anwei.duban.dashboard.ui;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.ui.chart.Chart;
import org.anwei.duban.dashboard.ChartFigures;
import org.anwei.duban.dashboard.DashboardFilter;
import org.anwei.duban.dashboard.DashboardService;
import org.anwei.duban.dashboard.Standing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of a filter while they are counted: "正在统计…" and empty chart panels until
 * they come, then the headline, ranking and charts; figures that come after the filter
 * changed (the old figures taken off the page) are dropped, never shown over the new
 * ones.
 */
class DashboardFiguresUiTest extends KaribuTest {

	@Autowired
	DashboardService dashboards;

	private final DashboardFilter filter = DashboardFilter.of(ReportingPeriod.of(YearMonth.now()));

	private final Div page = new Div();

	private final AtomicInteger recounts = new AtomicInteger();

	@Test
	void figures_counted_later_replace_the_counting_note_when_they_come() {
		login(TestUsers.STAFF, "tasks");
		CompletableFuture<Standing> standing = new CompletableFuture<>();
		CompletableFuture<ChartFigures> charts = new CompletableFuture<>();
		DashboardFigures figures = onPage();
		figures.show(standing, charts);
		assertThat(shownIds(figures)).contains("dashboard-counting").doesNotContain("department-ranking");

		standing.complete(this.dashboards.standing(this.filter, false).join());
		charts.complete(this.dashboards.charts(this.filter, false).join());
		figures.shown().join();
		MockVaadin.runUIQueue();

		assertThat(shownIds(figures)).contains("department-ranking", "dashboard-issued")
			.doesNotContain("dashboard-counting");
		assertThat(_find(figures, Chart.class)).hasSize(5)
			.allSatisfy(chart -> assertThat(chart.getOption()).isNotBlank());
		assertThat(UI.getCurrent().getPollInterval()).as("nothing waits any more").isEqualTo(-1);

		Standing shown = standing.join();
		assertThat(_get(figures, Span.class, spec -> spec.withId("dashboard-counted-at")).getText()).isEqualTo("统计于 "
				+ DateTimeFormatter.ofPattern("HH:mm:ss").format(shown.countedAt().atZone(ZoneId.of("Asia/Shanghai"))));
		_click(_get(figures, Button.class, spec -> spec.withId("dashboard-recount")));
		assertThat(this.recounts).hasValue(1);
	}

	@Test
	void figures_of_a_filter_no_longer_shown_are_dropped_when_they_come() {
		login(TestUsers.STAFF, "tasks");
		CompletableFuture<Standing> standing = new CompletableFuture<>();
		CompletableFuture<ChartFigures> charts = new CompletableFuture<>();
		DashboardFigures old = onPage();
		old.show(standing, charts);
		this.page.removeAll();
		DashboardFigures current = onPage();
		current.show(new CompletableFuture<>(), new CompletableFuture<>());

		standing.complete(this.dashboards.standing(this.filter, false).join());
		charts.complete(this.dashboards.charts(this.filter, false).join());
		old.shown().join();
		MockVaadin.runUIQueue();

		assertThat(shownIds(old)).as("the old figures stay as they were taken off")
			.contains("dashboard-counting")
			.doesNotContain("department-ranking");
		assertThat(_find(old, Chart.class)).hasSize(5).allSatisfy(chart -> assertThat(chart.getOption()).isBlank());
		assertThat(shownIds(current)).contains("dashboard-counting");
	}

	/** A new figures part on the test's page (the page put in the UI the first time). */
	private DashboardFigures onPage() {
		if (this.page.getParent().isEmpty()) {
			UI.getCurrent().add(this.page);
		}
		DashboardFigures figures = new DashboardFigures(new DashboardLinks(this.filter, Map.of()), path -> {
		}, null, ZoneId.of("Asia/Shanghai"), this.recounts::incrementAndGet);
		this.page.add(figures);
		return figures;
	}

	private static List<String> shownIds(DashboardFigures figures) {
		return figures.getElement()
			.getChildren()
			.flatMap(DashboardFiguresUiTest::descendants)
			.map(element -> element.getAttribute("id"))
			.filter(Objects::nonNull)
			.toList();
	}

	private static Stream<Element> descendants(Element element) {
		return Stream.concat(Stream.of(element), element.getChildren().flatMap(DashboardFiguresUiTest::descendants));
	}

}
