package org.anwei.duban.inspection.ui;

import org.anwei.duban.base.ui.BackgroundWork;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.base.ui.SpreadsheetDownload;
import org.anwei.duban.hazard.HazardProperties;
import org.anwei.duban.inspection.InspectionFilter;
import org.anwei.duban.inspection.InspectionKind;
import org.anwei.duban.inspection.InspectionListItem;
import org.anwei.duban.inspection.InspectionQueries;
import org.anwei.duban.inspection.InspectionService;
import org.anwei.duban.inspection.UnannouncedExport;
import org.anwei.duban.organization.DepartmentService;

/**
 * Inspections within the user's scope, newest first, filtered by words, kind and date
 * (kept in the URL). Staff record a new one here; anyone who reads the list downloads the
 * month's unannounced-visit findings (暗访发现问题清单) for the monthly report.
 */
@Route("inspections")
@Menu(title = "menu.inspections", order = 7, icon = "vaadin:clipboard-check")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class InspectionListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final TextField search = new TextField();

	final Select<InspectionKind> kind = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Select<YearMonth> month = new Select<>();

	final Grid<InspectionListItem> grid = new Grid<>();

	private final InspectionQueries queries;

	private boolean restoring;

	InspectionListView(InspectionQueries queries, InspectionService service, UnannouncedExport export,
			DepartmentService departments, HazardProperties hazards, CurrentUser currentUser,
			BackgroundWork background) {
		this.queries = queries;
		setSizeFull();
		this.search.setPlaceholder(getTranslation("inspection.search"));
		this.search.setAriaLabel(getTranslation("inspection.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setId("inspection-search");
		String anyKind = getTranslation("hazard.any", getTranslation("field.inspection.kind"));
		this.kind.setItems(InspectionKind.values());
		this.kind.setAriaLabel(getTranslation("field.inspection.kind"));
		this.kind.setEmptySelectionAllowed(true);
		this.kind.setEmptySelectionCaption(anyKind);
		this.kind.setItemLabelGenerator(k -> k == null ? anyKind : getTranslation(k.labelKey()));
		this.kind.setId("inspection-filter-kind");
		this.from.setPlaceholder(getTranslation("inspection.from"));
		this.from.setAriaLabel(getTranslation("inspection.from"));
		this.to.setPlaceholder(getTranslation("inspection.to"));
		this.to.setAriaLabel(getTranslation("inspection.to"));
		this.search.addValueChangeListener(e -> filterChanged());
		this.kind.addValueChangeListener(e -> filterChanged());
		this.from.addValueChangeListener(e -> filterChanged());
		this.to.addValueChangeListener(e -> filterChanged());
		FilterBar toolbar = new FilterBar(this.search, this.kind, this.from, this.to);
		toolbar.addActions(monthlyExport(export, background));
		if (currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false)) {
			Button add = new Button(getTranslation("inspection.new"), VaadinIcon.PLUS.create(),
					e -> new InspectionFormDialog(service, departments.directory(), hazards.districts(), null,
							id -> getUI().ifPresent(ui -> ui.navigate(InspectionView.path(id))))
						.open());
			add.setId("inspection-new");
			add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			toolbar.addActions(add);
		}
		this.grid.setId("inspection-grid");
		this.grid.setEmptyStateText(getTranslation("inspection.empty"));
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		PhoneColumns.Cell<InspectionListItem> opens = PhoneColumns.Cell.link(i -> InspectionView.path(i.id()));
		var title = this.grid.addColumn(PhoneColumns.mainColumn(InspectionListItem::title, opens))
			.setHeader(getTranslation("field.inspection.title"))
			.setFlexGrow(3);
		var date = this.grid.addColumn(InspectionListItem::inspectedOn)
			.setHeader(getTranslation("field.inspection.inspectedOn"))
			.setAutoWidth(true);
		var kindColumn = this.grid.addColumn(i -> getTranslation(i.kind().labelKey()))
			.setHeader(getTranslation("field.inspection.kind"))
			.setAutoWidth(true);
		var leader = this.grid.addColumn(InspectionListItem::teamLeader)
			.setHeader(getTranslation("field.inspection.teamLeader"));
		var district = this.grid.addColumn(i -> i.district() == null ? "" : i.district())
			.setHeader(getTranslation("field.inspection.district"));
		var counts = this.grid.addColumn(i -> getTranslation("inspection.counts", i.siteCount(), i.findingCount()))
			.setHeader(getTranslation("inspection.findings"))
			.setAutoWidth(true);
		PhoneColumns.fold(this.grid, title, InspectionListItem::title, opens,
				i -> i.inspectedOn() + " · " + getTranslation(i.kind().labelKey()) + " · "
						+ getTranslation("inspection.counts", i.siteCount(), i.findingCount()),
				date, kindColumn, leader, district, counts);
		this.grid.setItems(
				query -> this.queries.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) this.queries.count(filter()));
		this.grid
			.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(InspectionView.path(e.getItem().id()))));
		this.grid.setSizeFull();
		add(toolbar, this.grid);
	}

	/**
	 * A month (the last twelve) and the download of what its unannounced visits found.
	 */
	private com.vaadin.flow.component.Component monthlyExport(UnannouncedExport export, BackgroundWork background) {
		YearMonth now = YearMonth.from(LocalDate.now(DisplayTime.ZONE));
		this.month.setItems(IntStream.range(0, 12).mapToObj(now::minusMonths).toList());
		this.month.setValue(now);
		this.month.setAriaLabel(getTranslation("inspection.export.month"));
		this.month.setId("inspection-export-month");
		Button download = SpreadsheetDownload.of(background, "inspection-export", getTranslation("inspection.export"),
				locale -> {
					java.time.YearMonth month = chosen(now);
					return new SpreadsheetDownload.Prepared(export.fileName(month, locale),
							out -> export.write(month, locale, out));
				});
		com.vaadin.flow.component.orderedlayout.HorizontalLayout box = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
				this.month, download);
		box.setAlignItems(Alignment.BASELINE);
		box.setWrap(true);
		return box;
	}

	private YearMonth chosen(YearMonth otherwise) {
		return this.month.getValue() == null ? otherwise : this.month.getValue();
	}

	InspectionFilter filter() {
		return new InspectionFilter(this.search.getValue(), this.kind.getValue(), this.from.getValue(),
				this.to.getValue());
	}

	private void filterChanged() {
		if (this.restoring) {
			return;
		}
		this.grid.getDataProvider().refreshAll();
		Map<String, String> parameters = new LinkedHashMap<>();
		UrlParameters.put(parameters, "q", this.search.getValue().isBlank() ? null : this.search.getValue());
		UrlParameters.put(parameters, "kind", this.kind.getValue() == null ? null : this.kind.getValue().name());
		UrlParameters.put(parameters, "from", this.from.getValue());
		UrlParameters.put(parameters, "to", this.to.getValue());
		UrlParameters.show(this, "inspections", parameters);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.restoring = true;
		try {
			parameters.getSingleParameter("q").ifPresent(this.search::setValue);
			parameters.getSingleParameter("kind")
				.flatMap(s -> Arrays.stream(InspectionKind.values()).filter(k -> k.name().equals(s)).findFirst())
				.ifPresent(this.kind::setValue);
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
		return getTranslation("menu.inspections");
	}

	List<InspectionListItem> shown() {
		return this.grid.getGenericDataView().getItems().toList();
	}

}
