package org.anwei.duban.hazard.ui;

import org.anwei.duban.organization.ui.DepartmentParameter;
import org.anwei.duban.base.ui.BackgroundWork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.base.ui.ImportDialog;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.SpreadsheetDownload;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.hazard.HazardExport;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardImportColumns;
import org.anwei.duban.hazard.HazardImportService;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardListItem;
import org.anwei.duban.hazard.HazardProperties;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;

/**
 * The hazard ledger (隐患台账) within the user's scope: a lazy list, newest found first,
 * filtered by words, level, status, department, district, industry, source, overdue,
 * rebound and the date found — every filter kept in the URL for bookmarks and links.
 * Staff and liaisons register hazards here.
 */
@Route("hazards")
@Menu(title = "menu.hazards", order = 6, icon = "vaadin:warning")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class HazardListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final TextField search = new TextField();

	final Select<HazardLevel> level = new Select<>();

	final Select<HazardStatus> status = new Select<>();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final Select<String> district = new Select<>();

	final Select<DirectiveCategory> industry = new Select<>();

	final Select<HazardSource> source = new Select<>();

	final Checkbox overdue = new Checkbox();

	final Checkbox rebound = new Checkbox();

	final Checkbox open = new Checkbox();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Grid<HazardListItem> grid = new Grid<>();

	final PhoneColumns<HazardListItem> phone;

	private final HazardQueries queries;

	private boolean restoring;

	HazardListView(HazardQueries queries, HazardService service, HazardImportService importer, HazardExport export,
			DepartmentService departments, HazardProperties properties, CurrentUser currentUser,
			BackgroundWork background) {
		this.queries = queries;
		setSizeFull();
		this.search.setPlaceholder(getTranslation("hazard.search"));
		this.search.setAriaLabel(getTranslation("hazard.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setId("hazard-search");
		LedgerFilters.choices(this.level, HazardLevel.values(), "field.hazard.level",
				l -> getTranslation(l.labelKey()));
		LedgerFilters.choices(this.status, HazardStatus.values(), "field.hazard.status",
				s -> getTranslation(s.labelKey()));
		LedgerFilters.choices(this.district, properties.districts().toArray(String[]::new), "field.hazard.district",
				d -> d);
		LedgerFilters.choices(this.industry, DirectiveCategory.values(), "field.hazard.industry",
				c -> getTranslation(c.labelKey()));
		LedgerFilters.choices(this.source, HazardSource.values(), "field.hazard.source",
				s -> getTranslation(s.labelKey()));
		this.level.setId("hazard-filter-level");
		this.status.setId("hazard-filter-status");
		boolean departmentUser = currentUser.get().map(u -> u.hasRole(Role.DEPT)).orElse(false);
		boolean staff = currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false);
		LedgerFilters.departments(this.department, departments.directory(), departmentUser);
		this.overdue.setLabel(getTranslation("hazard.overdue"));
		this.overdue.setId("hazard-filter-overdue");
		this.rebound.setLabel(getTranslation("hazard.rebound"));
		this.rebound.setId("hazard-filter-rebound");
		this.open.setLabel(getTranslation("hazard.open"));
		this.open.setId("hazard-filter-open");
		this.from.setPlaceholder(getTranslation("hazard.found-from"));
		this.from.setAriaLabel(getTranslation("hazard.found-from"));
		this.to.setPlaceholder(getTranslation("hazard.found-to"));
		this.to.setAriaLabel(getTranslation("hazard.found-to"));
		this.search.addValueChangeListener(e -> filterChanged());
		this.level.addValueChangeListener(e -> filterChanged());
		this.status.addValueChangeListener(e -> filterChanged());
		this.department.addValueChangeListener(e -> filterChanged());
		this.district.addValueChangeListener(e -> filterChanged());
		this.industry.addValueChangeListener(e -> filterChanged());
		this.source.addValueChangeListener(e -> filterChanged());
		this.overdue.addValueChangeListener(e -> filterChanged());
		this.rebound.addValueChangeListener(e -> filterChanged());
		this.open.addValueChangeListener(e -> filterChanged());
		this.from.addValueChangeListener(e -> filterChanged());
		this.to.addValueChangeListener(e -> filterChanged());
		FilterBar toolbar = new FilterBar(this.search, this.level, this.status, this.department, this.district,
				this.industry, this.source, this.from, this.to, this.open, this.overdue, this.rebound);
		if (staff || departmentUser) {
			Button register = new Button(getTranslation("hazard.register"), VaadinIcon.PLUS.create(),
					e -> new HazardFormDialog(service, departments.directory(), properties.districts(), null,
							staff ? null : currentUser.require().departmentId(),
							id -> getUI().ifPresent(ui -> ui.navigate(HazardView.path(id))))
						.open());
			register.setId("hazard-new");
			register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			toolbar.addActions(register);
		}
		toolbar.addActions(exportLink(export, background));
		if (staff) {
			Button importButton = new Button(getTranslation("hazard.import"), VaadinIcon.UPLOAD.create(),
					e -> new ImportDialog<HazardImportService.Row, ImportPreview<HazardImportService.Row>>(
							getTranslation("hazard.import"), HazardImportColumns.ALL, importer::preview,
							importer::importFile, importer::importValidRows, result -> {
								this.grid.getDataProvider().refreshAll();
								Notifications.success(getTranslation("hazard.imported",
										result.count(ImportAction.CREATE), result.count(ImportAction.UPDATE)));
							})
						.open());
			importButton.setId("hazard-import");
			toolbar.addActions(importButton);
		}
		Button rechecks = new Button(getTranslation("recheck.title"), VaadinIcon.ROTATE_LEFT.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(RecheckQueueView.class)));
		rechecks.setId("hazard-rechecks");
		toolbar.addActions(rechecks);
		Button figures = new Button(getTranslation("hazard.stats.title"), VaadinIcon.BAR_CHART.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(HazardStatisticsView.class)));
		figures.setId("hazard-statistics");
		toolbar.addActions(figures);
		Button map = new Button(getTranslation("hazard.map.title"), VaadinIcon.MAP_MARKER.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(HazardMapView.class)));
		map.setId("hazard-map");
		toolbar.addActions(map);
		this.grid.setId("hazard-grid");
		this.grid.setEmptyStateText(getTranslation("hazard.empty"));
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		PhoneColumns.Cell<HazardListItem> opens = PhoneColumns.Cell.link(h -> HazardView.path(h.id()));
		var unit = this.grid.addColumn(PhoneColumns.mainColumn(h -> h.number() + " " + h.unitName(), opens))
			.setHeader(getTranslation("field.hazard.unitName"))
			.setSortProperty("number")
			.setFlexGrow(3);
		var found = this.grid.addColumn(HazardListItem::foundOn)
			.setHeader(getTranslation("field.hazard.foundOn"))
			.setSortProperty("foundOn")
			.setAutoWidth(true);
		var where = this.grid.addColumn(h -> h.district() + " · " + getTranslation(h.industry().labelKey()))
			.setHeader(getTranslation("field.hazard.district"));
		var level = this.grid.addComponentColumn(h -> HazardBadges.level(h.level()))
			.setHeader(getTranslation("field.hazard.level"))
			.setSortProperty("level")
			.setAutoWidth(true);
		var owner = this.grid.addColumn(HazardListItem::responsibleDepartmentName)
			.setHeader(getTranslation("field.hazard.responsibleDepartment"));
		var limit = this.grid.addColumn(HazardListItem::timeLimit)
			.setHeader(getTranslation("field.hazard.timeLimit"))
			.setSortProperty("timeLimit")
			.setAutoWidth(true);
		var state = this.grid.addComponentColumn(h -> {
			Span badges = new Span(HazardBadges.status(h.status(), h.overdue()));
			if (h.reboundOfId() != null) {
				badges.add(new Span(" "), HazardBadges.rebound());
			}
			return badges;
		}).setHeader(getTranslation("field.hazard.status")).setSortProperty("status").setAutoWidth(true);
		this.phone = PhoneColumns.fold(this.grid, unit, h -> h.number() + " " + h.unitName(), opens,
				h -> getTranslation(h.level().labelKey()) + " · " + getTranslation(h.status().labelKey())
						+ (h.overdue() ? " · " + getTranslation("hazard.overdue") : "") + " · " + h.timeLimit(),
				found, where, level, owner, limit, state);
		this.grid.setItems(
				query -> this.queries.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) this.queries.count(filter()));
		this.grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(HazardView.path(e.getItem().id()))));
		this.grid.setSizeFull();
		add(toolbar, this.grid);
	}

	/**
	 * The filtered ledger as Excel (optionally with every change), written as it streams.
	 */
	private com.vaadin.flow.component.Component exportLink(HazardExport export, BackgroundWork background) {
		Checkbox history = new Checkbox(getTranslation("hazard.export.with-history"));
		history.setId("hazard-export-history");
		Button download = SpreadsheetDownload.of(background, "hazard-export", getTranslation("hazard.export"),
				locale -> {
					HazardFilter shown = filter();
					boolean withHistory = history.getValue();
					return new SpreadsheetDownload.Prepared(export.fileName(locale),
							out -> export.write(shown, withHistory, locale, out));
				});
		com.vaadin.flow.component.orderedlayout.HorizontalLayout box = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
				download, history);
		box.setAlignItems(Alignment.BASELINE);
		box.setWrap(true);
		return box;
	}

	HazardFilter filter() {
		DepartmentRef chosen = this.department.getValue();
		return new HazardFilter(this.search.getValue(), this.level.getValue(), this.status.getValue(),
				chosen == null ? null : chosen.id(), this.district.getValue(), this.industry.getValue(),
				this.source.getValue(), this.overdue.getValue(), this.rebound.getValue(), this.from.getValue(),
				this.to.getValue(), this.open.getValue());
	}

	private void filterChanged() {
		if (this.restoring) {
			return;
		}
		this.grid.getDataProvider().refreshAll();
		Map<String, String> parameters = new LinkedHashMap<>();
		UrlParameters.put(parameters, "q", this.search.getValue().isBlank() ? null : this.search.getValue());
		UrlParameters.put(parameters, "level", this.level.getValue());
		UrlParameters.put(parameters, "status", this.status.getValue());
		UrlParameters.put(parameters, "department",
				this.department.getValue() == null ? null : this.department.getValue().code());
		UrlParameters.put(parameters, "district", this.district.getValue());
		UrlParameters.put(parameters, "industry", this.industry.getValue());
		UrlParameters.put(parameters, "source", this.source.getValue());
		UrlParameters.put(parameters, "overdue", this.overdue.getValue() ? "true" : null);
		UrlParameters.put(parameters, "rebound", this.rebound.getValue() ? "true" : null);
		UrlParameters.put(parameters, "open", this.open.getValue() ? "true" : null);
		UrlParameters.put(parameters, "from", this.from.getValue());
		UrlParameters.put(parameters, "to", this.to.getValue());
		UrlParameters.show(this, "hazards", parameters);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.restoring = true;
		try {
			parameters.getSingleParameter("q").ifPresent(this.search::setValue);
			parameters.getSingleParameter("level")
				.flatMap(s -> UrlParameters.named(HazardLevel.values(), s))
				.ifPresent(this.level::setValue);
			parameters.getSingleParameter("status")
				.flatMap(s -> UrlParameters.named(HazardStatus.values(), s))
				.ifPresent(this.status::setValue);
			DepartmentParameter.read(parameters, this.department).ifPresent(this.department::setValue);
			parameters.getSingleParameter("district")
				.filter(d -> this.district.getListDataView().getItems().anyMatch(d::equals))
				.ifPresent(this.district::setValue);
			parameters.getSingleParameter("industry")
				.flatMap(s -> UrlParameters.named(DirectiveCategory.values(), s))
				.ifPresent(this.industry::setValue);
			parameters.getSingleParameter("source")
				.flatMap(s -> UrlParameters.named(HazardSource.values(), s))
				.ifPresent(this.source::setValue);
			this.overdue.setValue(parameters.getSingleParameter("overdue").map("true"::equals).orElse(false));
			this.rebound.setValue(parameters.getSingleParameter("rebound").map("true"::equals).orElse(false));
			this.open.setValue(parameters.getSingleParameter("open").map("true"::equals).orElse(false));
			parameters.getSingleParameter("from").flatMap(UrlParameters::date).ifPresent(this.from::setValue);
			parameters.getSingleParameter("to").flatMap(UrlParameters::date).ifPresent(this.to::setValue);
		}
		finally {
			this.restoring = false;
		}
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.hazards");
	}

	long count() {
		return this.queries.count(filter());
	}

	List<HazardListItem> shown() {
		return this.grid.getGenericDataView().getItems().toList();
	}

}
