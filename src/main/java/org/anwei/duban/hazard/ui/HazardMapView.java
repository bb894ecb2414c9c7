package org.anwei.duban.hazard.ui;

import org.anwei.duban.organization.ui.DepartmentParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;

import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.base.ui.map.ChoroplethScale;
import org.anwei.duban.base.ui.map.RegionMap;
import org.anwei.duban.base.ui.map.RegionShade;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardLocations;
import org.anwei.duban.hazard.HazardPoint;
import org.anwei.duban.hazard.HazardProperties;
import org.anwei.duban.hazard.HazardStatistics;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.hazard.StatisticsDimension;
import org.anwei.duban.jurisdiction.JurisdictionMap;
import org.anwei.duban.jurisdiction.JurisdictionMapService;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;

/**
 * The distribution map (隐患分布图): the jurisdiction's districts shaded by how many of the
 * filtered hazards each has, and the hazards with coordinates as markers coloured by step
 * and sized by level. A district opens the ledger filtered to it, a marker its hazard.
 * Filters are kept in the URL; open hazards (未销号) by default. Needs no internet: tiles
 * are an optional background.
 */
@Route("hazards/map")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class HazardMapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final Select<HazardLevel> level = new Select<>();

	final Select<HazardStatus> status = new Select<>();

	final Select<DirectiveCategory> industry = new Select<>();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final Checkbox open = new Checkbox();

	final Checkbox overdue = new Checkbox();

	final RegionMap map = new RegionMap();

	final Div legend = new Div();

	final Span markerNote = new Span();

	final Span regionNote = new Span();

	private final HazardStatistics statistics;

	private final HazardLocations locations;

	private final int maxMarkers;

	private final List<String> districts;

	private final @Nullable JurisdictionMap jurisdiction;

	private boolean restoring;

	HazardMapView(HazardStatistics statistics, HazardLocations locations, JurisdictionMapService maps,
			DepartmentService departments, HazardProperties properties, CurrentUser currentUser) {
		this.statistics = statistics;
		this.locations = locations;
		this.maxMarkers = maps.settings().maxMarkers();
		this.districts = properties.districts();
		this.jurisdiction = maps.current().orElse(null);
		setSizeFull();
		LedgerFilters.choices(this.level, HazardLevel.values(), "field.hazard.level",
				l -> getTranslation(l.labelKey()));
		LedgerFilters.choices(this.status, HazardStatus.values(), "field.hazard.status",
				s -> getTranslation(s.labelKey()));
		LedgerFilters.choices(this.industry, DirectiveCategory.values(), "field.hazard.industry",
				c -> getTranslation(c.labelKey()));
		LedgerFilters.departments(this.department, departments.directory(),
				currentUser.get().map(u -> u.hasRole(Role.DEPT)).orElse(false));
		this.open.setLabel(getTranslation("hazard.open"));
		this.open.setValue(true);
		this.open.setId("hazard-map-open");
		this.overdue.setLabel(getTranslation("hazard.overdue"));
		this.overdue.setId("hazard-map-overdue");
		for (var field : List.of(this.level, this.status, this.industry)) {
			field.addValueChangeListener(e -> changed());
		}
		this.department.addValueChangeListener(e -> changed());
		this.open.addValueChangeListener(e -> changed());
		this.overdue.addValueChangeListener(e -> changed());
		FilterBar toolbar = new FilterBar(this.level, this.status, this.industry, this.department, this.open,
				this.overdue);
		toolbar.addActions(
				new Button(getTranslation("menu.hazards"), VaadinIcon.ARROW_BACKWARD.create(),
						e -> getUI().ifPresent(ui -> ui.navigate(HazardListView.class))),
				new Button(getTranslation("hazard.stats.title"), VaadinIcon.BAR_CHART.create(),
						e -> getUI().ifPresent(ui -> ui.navigate(HazardStatisticsView.class))));
		this.map.setId("hazard-distribution-map");
		this.map.setHeight("min(65vh, 640px)");
		this.map.setTiles(maps.settings().tileUrl(), maps.settings().tileAttribution());
		this.map.addRegionClickListener(e -> navigateToLedger(filter().inDistrict(e.getName())));
		this.map.addMarkerClickListener(e -> getUI().ifPresent(ui -> ui.navigate(HazardView.path(e.getId()))));
		this.legend.setId("hazard-map-legend");
		this.legend.addClassName("map-legend");
		this.markerNote.setId("hazard-map-markers");
		this.regionNote.setId("hazard-map-regions");
		for (Span note : List.of(this.markerNote, this.regionNote)) {
			note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		}
		add(toolbar, this.map, this.legend, this.markerNote, this.regionNote);
		// drawn in beforeEnter, once the address's filters are read
	}

	HazardFilter filter() {
		DepartmentRef chosen = this.department.getValue();
		return new HazardFilter(null, this.level.getValue(), this.status.getValue(),
				chosen == null ? null : chosen.id(), null, this.industry.getValue(), null, this.overdue.getValue(),
				false, null, null, this.open.getValue());
	}

	private void refresh() {
		HazardFilter filter = filter();
		List<LevelRow> byDistrict = this.statistics.byLevel(filter, StatisticsDimension.DISTRICT);
		ChoroplethScale scale = ChoroplethScale.upTo(byDistrict.stream().mapToLong(LevelRow::total).max().orElse(0));
		Map<String, RegionShade> shades = new LinkedHashMap<>();
		Map<String, Long> counts = new LinkedHashMap<>();
		byDistrict.forEach(row -> counts.put(row.key().parameter(), row.total()));
		for (LevelRow row : byDistrict) {
			shades.put(row.key().parameter(), new RegionShade(scale.color(row.total()),
					regionLabel(row.key().label(), row.total(), row.major())));
		}
		if (this.jurisdiction != null) {
			for (String region : this.jurisdiction.regionNames()) {
				shades.putIfAbsent(region, new RegionShade(scale.color(0), regionLabel(region, 0, 0)));
			}
			this.map.setRegions(this.jurisdiction.geoJson(), JurisdictionMap.REGION_NAME, shades);
		}
		List<HazardPoint> points = this.locations.points(filter, this.maxMarkers);
		this.map.setMarkers(points.stream().map(p -> HazardMarkers.of(p, label(p))).toList());
		long located = points.size() < this.maxMarkers ? points.size() : this.locations.count(filter);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		this.markerNote.setText(
				located > points.size() ? getTranslation("hazard.map.markers-capped", points.size(), located, total)
						: getTranslation("hazard.map.markers", located, total));
		this.regionNote.setText(regionNote(counts.keySet()));
		showLegend(scale);
	}

	private String regionLabel(String district, long hazards, long major) {
		return major > 0 ? getTranslation("hazard.map.region-major", district, hazards, major)
				: getTranslation("hazard.map.region", district, hazards);
	}

	private String label(HazardPoint point) {
		return point.number() + " " + point.unitName() + " · " + getTranslation(point.level().labelKey()) + " · "
				+ getTranslation(point.status().labelKey())
				+ (point.overdue() ? " · " + getTranslation("hazard.overdue") : "");
	}

	/** What the map cannot show: no map uploaded, or districts it has no region for. */
	private String regionNote(Set<String> districtsWithHazards) {
		if (this.jurisdiction == null) {
			return getTranslation("hazard.map.no-regions");
		}
		List<String> missing = new ArrayList<>();
		for (String district : this.districts) {
			if (!this.jurisdiction.regionNames().contains(district)) {
				missing.add(district);
			}
		}
		districtsWithHazards.stream()
			.filter(d -> !this.jurisdiction.regionNames().contains(d) && !missing.contains(d))
			.forEach(missing::add);
		return missing.isEmpty() ? "" : getTranslation("hazard.map.missing-regions", String.join("、", missing));
	}

	private void showLegend(ChoroplethScale scale) {
		this.legend.removeAll();
		for (ChoroplethScale.LegendEntry entry : scale.legend()) {
			String range = entry.from() == entry.to() ? String.valueOf(entry.from()) : entry.from() + "–" + entry.to();
			this.legend.add(swatch(entry.color(), "square", range));
		}
		for (HazardMarkers.Shade shade : HazardMarkers.Shade.values()) {
			this.legend.add(swatch(shade.color, "dot", getTranslation(shade.labelKey)));
		}
		this.legend.add(swatch("transparent", "dot major", getTranslation(HazardLevel.MAJOR.labelKey())));
	}

	private static Component swatch(String color, String shape, String text) {
		Span mark = new Span();
		mark.addClassNames("map-legend-mark", shape);
		mark.getStyle().set("background-color", color);
		Span item = new Span(mark, new Span(text));
		item.addClassName("map-legend-item");
		return item;
	}

	private void navigateToLedger(HazardFilter filter) {
		getUI().ifPresent(ui -> ui.navigate("hazards", QueryParameters.simple(parameters(filter))));
	}

	private Map<String, String> parameters(HazardFilter filter) {
		Map<String, String> parameters = new LinkedHashMap<>();
		UrlParameters.put(parameters, "level", filter.level());
		UrlParameters.put(parameters, "status", filter.status());
		UrlParameters.put(parameters, "department",
				this.department.getValue() == null ? null : this.department.getValue().code());
		UrlParameters.put(parameters, "district", filter.district());
		UrlParameters.put(parameters, "industry", filter.industry());
		UrlParameters.put(parameters, "overdue", filter.overdue() ? "true" : null);
		UrlParameters.put(parameters, "open", filter.open() ? "true" : null);
		return parameters;
	}

	private void changed() {
		if (this.restoring) {
			return;
		}
		refresh();
		Map<String, String> parameters = parameters(filter());
		// open is the map's default: the address says when it is off
		parameters.remove("open");
		UrlParameters.put(parameters, "open", this.open.getValue() ? null : "false");
		UrlParameters.show(this, "hazards/map", parameters);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.restoring = true;
		try {
			parameters.getSingleParameter("level")
				.flatMap(s -> UrlParameters.named(HazardLevel.values(), s))
				.ifPresent(this.level::setValue);
			parameters.getSingleParameter("status")
				.flatMap(s -> UrlParameters.named(HazardStatus.values(), s))
				.ifPresent(this.status::setValue);
			parameters.getSingleParameter("industry")
				.flatMap(s -> UrlParameters.named(DirectiveCategory.values(), s))
				.ifPresent(this.industry::setValue);
			DepartmentParameter.read(parameters, this.department).ifPresent(this.department::setValue);
			this.open.setValue(!parameters.getSingleParameter("open").map("false"::equals).orElse(false));
			this.overdue.setValue(parameters.getSingleParameter("overdue").map("true"::equals).orElse(false));
		}
		finally {
			this.restoring = false;
		}
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("hazard.map.title");
	}

}
