package org.anwei.duban.accountability.ui;

import org.anwei.duban.organization.ui.DepartmentParameter;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.StoredFileDownload;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.accountability.AccountabilityFilter;
import org.anwei.duban.accountability.AccountabilityItem;
import org.anwei.duban.accountability.AccountabilityKind;
import org.anwei.duban.accountability.AccountabilityService;

/**
 * The accountability register: 约谈, 通报批评, 问责 and 表扬 within the user's scope, filtered by
 * department and kind, exported to Excel as shown. Staff add entries.
 */
@Route("accountability")
@Menu(title = "menu.accountability", order = 20, icon = "vaadin:gavel")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class AccountabilityView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	final Grid<AccountabilityItem> grid = new Grid<>();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final Select<AccountabilityKind> kind = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	/** Leaves out commendations: the dashboard's "accountability actions" drill here. */
	final Checkbox actionsOnly = new Checkbox();

	private boolean restoring;

	private final AccountabilityService register;

	AccountabilityView(AccountabilityService register, DepartmentService departments, CurrentUser currentUser) {
		this.register = register;
		setSizeFull();
		this.department.setPlaceholder(getTranslation("field.accountability.department"));
		this.department.setAriaLabel(getTranslation("field.accountability.department"));
		this.department.setItems(departments.directory().stream().filter(DepartmentRef::active).toList());
		this.department.setItemLabelGenerator(DepartmentRef::name);
		this.department.setClearButtonVisible(true);
		this.department.setVisible(!currentUser.get().map(u -> u.hasRole(Role.DEPT)).orElse(false));
		this.kind.setItems(AccountabilityKind.values());
		this.kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all") : getTranslation(k.labelKey()));
		this.kind.setEmptySelectionAllowed(true);
		this.kind.setEmptySelectionCaption(getTranslation("filter.all"));
		this.from.setPlaceholder(getTranslation("accountability.from"));
		this.from.setAriaLabel(getTranslation("accountability.from"));
		this.to.setPlaceholder(getTranslation("accountability.to"));
		this.to.setAriaLabel(getTranslation("accountability.to"));
		this.from.setClearButtonVisible(true);
		this.to.setClearButtonVisible(true);
		this.actionsOnly.setLabel(getTranslation("accountability.actions-only"));
		this.department.addValueChangeListener(e -> filtersChanged());
		this.kind.addValueChangeListener(e -> filtersChanged());
		this.from.addValueChangeListener(e -> filtersChanged());
		this.to.addValueChangeListener(e -> filtersChanged());
		this.actionsOnly.addValueChangeListener(e -> filtersChanged());
		Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = this.register.export(filter(), headers());
			return new DownloadResponse(new ByteArrayInputStream(bytes), "问责台账.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
		}), getTranslation("accountability.export"));
		export.getElement().setAttribute("download", true);
		export.setId("accountability-export");
		FlexLayout toolbar = new FlexLayout(this.department, this.kind, this.from, this.to, this.actionsOnly, export);
		if (currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false)) {
			Button add = new Button(getTranslation("accountability.new"), VaadinIcon.PLUS.create(),
					e -> new AccountabilityDialog(departments.directory(), this.register,
							() -> this.grid.getDataProvider().refreshAll())
						.open());
			add.setId("accountability-new");
			add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			toolbar.add(add);
		}
		toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		toolbar.setAlignItems(Alignment.CENTER);
		toolbar.addClassNames(LumoUtility.Gap.SMALL);
		this.grid.setId("accountability-grid");
		this.grid.setEmptyStateText(getTranslation("accountability.empty"));
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(AccountabilityItem::date)
			.setHeader(getTranslation("field.accountability.date"))
			.setAutoWidth(true);
		var kind = this.grid.addColumn(i -> getTranslation(i.kind().labelKey()))
			.setHeader(getTranslation("field.accountability.kind"))
			.setAutoWidth(true);
		var department = this.grid.addColumn(AccountabilityItem::departmentName)
			.setHeader(getTranslation("field.accountability.department"));
		var summary = this.grid.addColumn(AccountabilityView::summary)
			.setHeader(getTranslation("field.accountability.summary"))
			.setFlexGrow(3);
		this.grid.addComponentColumn(this::document).setAutoWidth(true).setFlexGrow(0);
		PhoneColumns.fold(this.grid, summary, AccountabilityView::summary, PhoneColumns.Cell.text(),
				i -> getTranslation(i.kind().labelKey()) + " · " + i.departmentName(), kind, department);
		this.grid.setItems(
				query -> this.register.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) this.register.count(filter()));
		this.grid.setSizeFull();
		add(toolbar, this.grid);
	}

	private com.vaadin.flow.component.Component document(AccountabilityItem item) {
		if (item.documentName() == null) {
			return new com.vaadin.flow.component.html.Span();
		}
		Anchor anchor = new Anchor(StoredFileDownload.of(() -> this.register.document(item.id()), item.documentName()),
				item.documentName());
		anchor.getElement().setAttribute("download", true);
		return anchor;
	}

	AccountabilityFilter filter() {
		DepartmentRef chosen = this.department.getValue();
		return new AccountabilityFilter(chosen == null ? null : chosen.id(), this.kind.getValue(), this.from.getValue(),
				this.to.getValue(), this.actionsOnly.getValue());
	}

	private void filtersChanged() {
		if (this.restoring) {
			return;
		}
		this.grid.getDataProvider().refreshAll();
		Map<String, String> parameters = new LinkedHashMap<>();
		DepartmentRef chosen = this.department.getValue();
		UrlParameters.put(parameters, "department", chosen == null ? null : chosen.code());
		UrlParameters.put(parameters, "kind", this.kind.getValue());
		UrlParameters.put(parameters, "from", this.from.getValue());
		UrlParameters.put(parameters, "to", this.to.getValue());
		UrlParameters.put(parameters, "actions", this.actionsOnly.getValue() ? "true" : null);
		UrlParameters.show(this, "accountability", parameters);
	}

	/**
	 * Filters from the address, so a dashboard figure or a bookmark opens the same list.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		this.restoring = true;
		try {
			DepartmentParameter.read(parameters, this.department).ifPresent(this.department::setValue);
			parameters.getSingleParameter("kind")
				.flatMap(k -> UrlParameters.named(AccountabilityKind.values(), k))
				.ifPresent(this.kind::setValue);
			parameters.getSingleParameter("from").flatMap(UrlParameters::date).ifPresent(this.from::setValue);
			parameters.getSingleParameter("to").flatMap(UrlParameters::date).ifPresent(this.to::setValue);
			this.actionsOnly.setValue(parameters.getSingleParameter("actions").map("true"::equals).orElse(false));
		}
		finally {
			this.restoring = false;
		}
		this.grid.getDataProvider().refreshAll();
	}

	/** Column titles and kind labels in the user's language, for the export. */
	Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String column : new String[] { "date", "kind", "department", "persons", "summary", "decidedBy", "tasks",
				"hazards" }) {
			headers.put(column, getTranslation("field.accountability." + column));
		}
		for (AccountabilityKind k : AccountabilityKind.values()) {
			headers.put(k.labelKey(), getTranslation(k.labelKey()));
		}
		return headers;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.accountability");
	}

	private static String summary(AccountabilityItem item) {
		return item.persons() + "：" + item.summary() + "（" + item.decidedBy() + "）"
				+ (item.hazardNumbers().isEmpty() ? "" : " " + String.join("、", item.hazardNumbers()));
	}

}
