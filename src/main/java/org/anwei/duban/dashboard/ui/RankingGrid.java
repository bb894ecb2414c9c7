package org.anwei.duban.dashboard.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.anwei.duban.base.ui.LightBadge;
import org.anwei.duban.dashboard.RankingRow;
import org.anwei.duban.task.PeriodTaskFigures;
import org.anwei.duban.task.TaskFigure;

/**
 * The department ranking: one row per department in scope, best score first, every column
 * sortable; a click on a cell opens the list that the cell counts (the department's
 * overdue tasks, its open hazards…).
 */
class RankingGrid extends Grid<RankingRow> {

	/** What a click on each column's cell opens, by column key. */
	private final Map<String, Function<RankingRow, String>> drills = new LinkedHashMap<>();

	/**
	 * @param instruct what the "批示" button of a row does; no such button when null (only
	 * leaders instruct)
	 */
	RankingGrid(List<RankingRow> rows, DashboardLinks links, java.util.function.Consumer<String> open,
			java.util.function.@org.jspecify.annotations.Nullable Consumer<RankingRow> instruct) {
		setId("department-ranking");
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
		setEmptyStateText(getTranslation("dashboard.ranking.empty"));
		addColumn(RankingRow::rank).setKey("rank")
			.setHeader(getTranslation("dashboard.ranking.rank"))
			.setComparator(Comparator.comparingInt(RankingRow::rank))
			.setWidth("4.5em")
			.setFlexGrow(0)
			.setFrozen(true);
		addColumn(r -> r.department().displayName()).setKey("department")
			.setHeader(getTranslation("dashboard.ranking.department"))
			.setComparator(r -> r.department().code())
			.setWidth("9em")
			.setFlexGrow(1)
			.setFrozen(true);
		addComponentColumn(r -> LightBadge.of(r.light().name(), getTranslation(r.light().labelKey()))).setKey("light")
			.setHeader(getTranslation("dashboard.ranking.light"))
			.setComparator(r -> r.light().ordinal())
			.setAutoWidth(true)
			.setFlexGrow(0);
		number("score", r -> r.score(), r -> String.valueOf(r.score()));
		number("on-time-rate", r -> rateOrFull(r.tasks().current()), r -> rate(r.tasks().current()));
		drills.put("on-time-rate", r -> links.tasks(TaskFigure.ON_TIME, r.department().id()));
		taskColumn("overdue", TaskFigure.OVERDUE, r -> r.tasks().current().overdue(), links);
		number("average-days", r -> averageDays(r.tasks().current()), r -> {
			Double days = r.tasks().current().averageDaysToComplete();
			return days == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", days);
		});
		drills.put("average-days", r -> links.tasks(TaskFigure.COMPLETED, r.department().id()));
		taskColumn("extensions", TaskFigure.EXTENDED, r -> r.tasks().current().extensions(), links);
		taskColumn("returns", TaskFigure.RETURNED, r -> r.tasks().current().returns(), links);
		taskColumn("urges", TaskFigure.URGED, r -> r.tasks().current().urges(), links);
		taskColumn("stale", TaskFigure.STALE, r -> r.tasks().stale(), links);
		number("hazards-open", r -> r.hazards().open(), r -> String.valueOf(r.hazards().open()));
		drills.put("hazards-open", r -> links.hazards(r.department().id(), Map.of("open", "true")));
		number("hazards-overdue", r -> r.hazards().overdue(), r -> String.valueOf(r.hazards().overdue()));
		drills.put("hazards-overdue", r -> links.hazards(r.department().id(), Map.of("overdue", "true")));
		number("actions", r -> r.actions(), r -> String.valueOf(r.actions()));
		drills.put("actions", r -> links.actions(r.department().id()));
		drills.put("department", r -> links.tasks(TaskFigure.ISSUED, r.department().id()));
		drills.put("light", r -> links.tasks(TaskFigure.RED, r.department().id()));
		drills.put("score", r -> links.tasks(TaskFigure.OVERDUE, r.department().id()));
		if (instruct != null) {
			addComponentColumn(r -> {
				Button button = new Button(getTranslation("dashboard.instruct"), e -> instruct.accept(r));
				button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
				button.setId("ranking-instruct-" + r.department().code());
				return button;
			}).setKey("instruct").setAutoWidth(true).setFlexGrow(0);
		}
		addItemClickListener(e -> {
			if (e.getColumn() != null && this.drills.containsKey(e.getColumn().getKey())) {
				open.accept(this.drills.get(e.getColumn().getKey()).apply(e.getItem()));
			}
		});
		setItems(rows);
		setAllRowsVisible(rows.size() <= 30);
	}

	private void taskColumn(String key, TaskFigure figure, java.util.function.ToLongFunction<RankingRow> value,
			DashboardLinks links) {
		number(key, value::applyAsLong, r -> String.valueOf(value.applyAsLong(r)));
		this.drills.put(key, r -> links.tasks(figure, r.department().id()));
	}

	private void number(String key, ToDoubleFunction<RankingRow> sortBy, Function<RankingRow, String> text) {
		addColumn(text::apply).setKey(key)
			.setHeader(getTranslation("dashboard.ranking." + key))
			.setComparator(Comparator.comparingDouble(sortBy))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private static String rate(PeriodTaskFigures figures) {
		Double rate = figures.onTimeRate();
		return org.anwei.duban.base.Percent.of(rate, "—");
	}

	/** Sorting puts "nothing due" with the best. */
	private static double rateOrFull(PeriodTaskFigures figures) {
		Double rate = figures.onTimeRate();
		return rate == null ? 1 : rate;
	}

	private static double averageDays(PeriodTaskFigures figures) {
		Double days = figures.averageDaysToComplete();
		return days == null ? 0 : days;
	}

}
