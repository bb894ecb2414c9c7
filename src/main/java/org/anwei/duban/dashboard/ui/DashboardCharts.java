package org.anwei.duban.dashboard.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.ui.chart.Chart;
import org.anwei.duban.base.ui.chart.ChartItem;
import org.anwei.duban.base.ui.chart.ChartOptions;
import org.anwei.duban.base.ui.chart.ChartSeries;
import org.anwei.duban.dashboard.ChartFigures;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.task.DepartmentTaskFigures;
import org.anwei.duban.task.MeetingTaskProgress;
import org.anwei.duban.task.MonthTaskFigures;
import org.anwei.duban.task.TaskFigure;

/**
 * The dashboard's charts: lights of the open tasks, the twelve months' trend, open
 * hazards by district and by industry, and each meeting's progress. A click on a slice or
 * bar opens its list; only links this class made are followed.
 */
class DashboardCharts extends Div {

	static final String RED = "#d9363e";

	static final String YELLOW = "#e0a800";

	static final String GREEN = "#2e9e5b";

	static final String BLUE = "#3f7fd9";

	static final String GREY = "#a0a7b4";

	private final Set<String> links = new HashSet<>();

	private final DashboardLinks to;

	private final Consumer<String> open;

	private final Map<String, Chart> charts = new HashMap<>();

	/** Empty panels, drawn as their figures come (the lights with the standing). */
	DashboardCharts(DashboardLinks to, Consumer<String> open) {
		this.to = to;
		this.open = open;
		addClassName("dashboard-charts");
		for (String name : List.of("lights", "trend", "hazards-district", "hazards-industry", "meetings")) {
			add(panel(name));
		}
	}

	/** The open tasks' lights. */
	void lights(DepartmentTaskFigures tasks) {
		draw("lights",
				ChartOptions.ring(List.of(
						item(getTranslation("task.light.red"), tasks.red(), RED, this.to.tasks(TaskFigure.RED, null)),
						item(getTranslation("task.light.yellow"), tasks.yellow(), YELLOW,
								this.to.tasks(TaskFigure.YELLOW, null)),
						item(getTranslation("task.light.green"), tasks.green(), GREEN,
								this.to.tasks(TaskFigure.GREEN, null)))));
	}

	/** The other four charts. */
	void figures(ChartFigures figures) {
		draw("trend", trend(figures.trend()));
		draw("hazards-district", hazards(figures.hazardsByDistrict(), "district"));
		draw("hazards-industry", hazards(figures.hazardsByIndustry(), "industry"));
		draw("meetings", meetings(figures.meetings()));
	}

	private Map<String, Object> trend(List<MonthTaskFigures> months) {
		List<String> names = months.stream().map(m -> m.month().toString()).toList();
		List<ChartItem> issued = new ArrayList<>();
		List<ChartItem> completed = new ArrayList<>();
		List<ChartItem> overdue = new ArrayList<>();
		for (MonthTaskFigures m : months) {
			ReportingPeriod month = ReportingPeriod.of(m.month());
			String name = m.month().toString();
			issued.add(item(name, m.issued(), null, this.to.tasks(TaskFigure.ISSUED, month, null)));
			completed.add(item(name, m.completed(), null, this.to.tasks(TaskFigure.COMPLETED, month, null)));
			overdue.add(item(name, m.overdue(), null, this.to.tasks(TaskFigure.OVERDUE, month, null)));
		}
		return ChartOptions.bars(names, List.of(
				new ChartSeries(getTranslation("task.figure.issued"), ChartSeries.Kind.BAR, BLUE, null, issued),
				new ChartSeries(getTranslation("task.figure.completed"), ChartSeries.Kind.BAR, GREEN, null, completed),
				new ChartSeries(getTranslation("task.figure.overdue"), ChartSeries.Kind.LINE, RED, null, overdue)),
				false);
	}

	private Map<String, Object> hazards(List<LevelRow> rows, String parameter) {
		List<String> names = new ArrayList<>();
		List<ChartItem> general = new ArrayList<>();
		List<ChartItem> major = new ArrayList<>();
		for (LevelRow row : rows) {
			String name = row.key().translatable() ? getTranslation(row.key().label()) : row.key().label();
			names.add(name);
			general.add(item(name, row.general(), null, this.to.hazards(null,
					Map.of("open", "true", "level", HazardLevel.GENERAL.name(), parameter, row.key().parameter()))));
			major.add(item(name, row.major(), null, this.to.hazards(null,
					Map.of("open", "true", "level", HazardLevel.MAJOR.name(), parameter, row.key().parameter()))));
		}
		return ChartOptions.bars(names,
				List.of(new ChartSeries(getTranslation(HazardLevel.GENERAL.labelKey()), ChartSeries.Kind.BAR, YELLOW,
						"level", general),
						new ChartSeries(getTranslation(HazardLevel.MAJOR.labelKey()), ChartSeries.Kind.BAR, RED,
								"level", major)),
				true);
	}

	private Map<String, Object> meetings(List<MeetingTaskProgress> meetings) {
		List<String> names = new ArrayList<>();
		List<ChartItem> done = new ArrayList<>();
		List<ChartItem> open = new ArrayList<>();
		for (MeetingTaskProgress m : meetings) {
			String name = m.title();
			names.add(name);
			String link = this.to.meeting(m.meetingId());
			done.add(item(name, m.done(), null, link));
			open.add(item(name, m.tasks() - m.done(), null, link));
		}
		return ChartOptions.bars(names, List.of(
				new ChartSeries(getTranslation("dashboard.meetings.done"), ChartSeries.Kind.BAR, GREEN, "tasks", done),
				new ChartSeries(getTranslation("dashboard.meetings.open"), ChartSeries.Kind.BAR, GREY, "tasks", open)),
				true);
	}

	private ChartItem item(String name, long value, @org.jspecify.annotations.Nullable String color, String link) {
		this.links.add(link);
		return new ChartItem(name, value, color, link);
	}

	private void draw(String name, Map<String, Object> option) {
		this.charts.get(name).setOption(option);
	}

	private Div panel(String name) {
		Chart chart = new Chart();
		chart.setId("dashboard-chart-" + name);
		chart.addChartClickListener(e -> {
			if (this.links.contains(e.getKey())) {
				this.open.accept(e.getKey());
			}
		});
		this.charts.put(name, chart);
		Div panel = new Div(new H3(getTranslation("dashboard.chart." + name)), chart);
		panel.addClassName("dashboard-panel");
		return panel;
	}

}
