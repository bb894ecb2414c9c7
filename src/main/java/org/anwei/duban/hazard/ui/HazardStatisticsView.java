package org.anwei.duban.hazard.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardStatistics;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.hazard.MonthlyFigures;
import org.anwei.duban.hazard.StatisticsDimension;
import org.anwei.duban.hazard.StatisticsKey;
import org.jspecify.annotations.Nullable;

/**
 * The ledger in figures (隐患统计): a month's new, rectified, closed-out, open and overdue
 * hazards and rebounds per department, district, industry or level; and the hazards of a
 * status by district × level and industry × level, each cell a link to the ledger
 * filtered the same way. Month, breakdown and status are kept in the URL.
 */
@Route("hazards/statistics")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class HazardStatisticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final Select<YearMonth> month = new Select<>();

	final Select<StatisticsDimension> by = new Select<>();

	final Select<HazardStatus> status = new Select<>();

	final Grid<MonthlyFigures> monthly = new Grid<>();

	final Grid<LevelRow> districts = new Grid<>();

	final Grid<LevelRow> industries = new Grid<>();

	private final HazardStatistics statistics;

	private boolean restoring;

	HazardStatisticsView(HazardStatistics statistics) {
		this.statistics = statistics;
		YearMonth now = YearMonth.from(LocalDate.now(DisplayTime.ZONE));
		this.month.setItems(IntStream.range(0, 24).mapToObj(now::minusMonths).toList());
		this.month.setValue(now);
		this.month.setAriaLabel(getTranslation("hazard.stats.month"));
		this.month.setId("stats-month");
		this.by.setItems(StatisticsDimension.values());
		this.by.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
		this.by.setValue(StatisticsDimension.DEPARTMENT);
		this.by.setAriaLabel(getTranslation("hazard.stats.by"));
		this.by.setId("stats-by");
		String anyStatus = getTranslation("hazard.any", getTranslation("field.hazard.status"));
		this.status.setItems(HazardStatus.values());
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(anyStatus);
		this.status.setItemLabelGenerator(s -> s == null ? anyStatus : getTranslation(s.labelKey()));
		this.status.setAriaLabel(getTranslation("field.hazard.status"));
		this.status.setId("stats-status");
		this.month.addValueChangeListener(e -> changed());
		this.by.addValueChangeListener(e -> changed());
		this.status.addValueChangeListener(e -> changed());
		FilterBar toolbar = new FilterBar(this.month, this.by);
		toolbar.addActions(new Button(getTranslation("menu.hazards"), VaadinIcon.ARROW_BACKWARD.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(HazardListView.class))));
		this.monthly.setId("stats-monthly");
		this.monthly.setEmptyStateText(getTranslation("hazard.stats.empty-month"));
		this.monthly.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.monthly.setAllRowsVisible(true);
		this.monthly.addComponentColumn(f -> link(label(f.key()), found(f.key())))
			.setHeader(getTranslation("hazard.stats.name"))
			.setFlexGrow(2);
		number(this.monthly, "hazard.stats.found", MonthlyFigures::found);
		number(this.monthly, "hazard.stats.rectified", MonthlyFigures::rectified);
		number(this.monthly, "hazard.stats.closed", MonthlyFigures::closed);
		number(this.monthly, "hazard.stats.open", MonthlyFigures::openAtEnd);
		number(this.monthly, "hazard.stats.overdue", MonthlyFigures::overdueAtEnd);
		number(this.monthly, "hazard.stats.rebounds", MonthlyFigures::rebounds);
		levelGrid(this.districts, "stats-districts", "field.hazard.district", StatisticsDimension.DISTRICT);
		levelGrid(this.industries, "stats-industries", "field.hazard.industry", StatisticsDimension.INDUSTRY);
		add(toolbar, new H3(getTranslation("hazard.stats.monthly")), this.monthly,
				new H3(getTranslation("hazard.stats.distribution")), this.status, this.districts, this.industries);
		refresh();
	}

	private void number(Grid<MonthlyFigures> grid, String headerKey, ToLongFunction<MonthlyFigures> value) {
		grid.addColumn(f -> value.applyAsLong(f))
			.setHeader(getTranslation(headerKey))
			.setAutoWidth(true)
			.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
	}

	private void levelGrid(Grid<LevelRow> grid, String id, String headerKey, StatisticsDimension rows) {
		grid.setId(id);
		grid.setEmptyStateText(getTranslation("hazard.stats.empty"));
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.addColumn(r -> label(r.key())).setHeader(getTranslation(headerKey)).setFlexGrow(2);
		grid.addComponentColumn(r -> link(String.valueOf(r.general()), drill(rows, r.key(), HazardLevel.GENERAL)))
			.setHeader(getTranslation(HazardLevel.GENERAL.labelKey()))
			.setAutoWidth(true);
		grid.addComponentColumn(r -> link(String.valueOf(r.major()), drill(rows, r.key(), HazardLevel.MAJOR)))
			.setHeader(getTranslation(HazardLevel.MAJOR.labelKey()))
			.setAutoWidth(true);
		grid.addComponentColumn(r -> link(String.valueOf(r.total()), drill(rows, r.key(), null)))
			.setHeader(getTranslation("hazard.stats.total"))
			.setAutoWidth(true);
	}

	private String label(StatisticsKey key) {
		return key.translatable() ? getTranslation(key.label()) : key.label();
	}

	private static Component link(String text, String href) {
		return new Anchor(href, text);
	}

	/** The ledger with the hazards of a row found in the chosen month. */
	private String found(StatisticsKey key) {
		YearMonth chosen = chosenMonth();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(this.by.getValue().urlParameter(), key.parameter());
		parameters.put("from", chosen.atDay(1).toString());
		parameters.put("to", chosen.atEndOfMonth().toString());
		return ledger(parameters);
	}

	/** The ledger with the hazards of one cell of a distribution table. */
	String drill(StatisticsDimension rows, StatisticsKey key, @Nullable HazardLevel level) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(rows.urlParameter(), key.parameter());
		if (level != null) {
			parameters.put("level", level.name());
		}
		if (this.status.getValue() != null) {
			parameters.put("status", this.status.getValue().name());
		}
		return ledger(parameters);
	}

	private static String ledger(Map<String, String> parameters) {
		return new Location("hazards", QueryParameters.simple(parameters)).getPathWithQueryParameters();
	}

	private YearMonth chosenMonth() {
		return this.month.getValue() == null ? YearMonth.from(LocalDate.now(DisplayTime.ZONE)) : this.month.getValue();
	}

	private void refresh() {
		StatisticsDimension dimension = this.by.getValue() == null ? StatisticsDimension.DEPARTMENT
				: this.by.getValue();
		this.monthly.setItems(this.statistics.monthly(chosenMonth(), dimension));
		HazardFilter filter = new HazardFilter(null, null, this.status.getValue(), null, null, null, null, false, false,
				null, null);
		this.districts.setItems(this.statistics.byLevel(filter, StatisticsDimension.DISTRICT));
		this.industries.setItems(this.statistics.byLevel(filter, StatisticsDimension.INDUSTRY));
	}

	private void changed() {
		if (this.restoring) {
			return;
		}
		refresh();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("month", chosenMonth().toString());
		parameters.put("by",
				this.by.getValue() == null ? StatisticsDimension.DEPARTMENT.name() : this.by.getValue().name());
		if (this.status.getValue() != null) {
			parameters.put("status", this.status.getValue().name());
		}
		UrlParameters.show(this, "hazards/statistics", parameters);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.restoring = true;
		try {
			parameters.getSingleParameter("month").flatMap(UrlParameters::month).ifPresent(m -> {
				if (!this.month.getListDataView().contains(m)) {
					this.month.getListDataView().addItem(m);
				}
				this.month.setValue(m);
			});
			parameters.getSingleParameter("by")
				.flatMap(s -> Arrays.stream(StatisticsDimension.values()).filter(d -> d.name().equals(s)).findFirst())
				.ifPresent(this.by::setValue);
			parameters.getSingleParameter("status")
				.flatMap(s -> Arrays.stream(HazardStatus.values()).filter(v -> v.name().equals(s)).findFirst())
				.ifPresent(this.status::setValue);
		}
		finally {
			this.restoring = false;
		}
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("hazard.stats.title");
	}

	List<MonthlyFigures> shownMonthly() {
		return this.monthly.getGenericDataView().getItems().toList();
	}

	List<LevelRow> shownDistricts() {
		return this.districts.getGenericDataView().getItems().toList();
	}

}
