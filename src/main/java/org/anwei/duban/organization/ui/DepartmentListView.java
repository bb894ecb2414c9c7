package org.anwei.duban.organization.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.ImportDialog;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.organization.DepartmentCommand;
import org.anwei.duban.organization.DepartmentDetails;
import org.anwei.duban.organization.DepartmentFilter;
import org.anwei.duban.organization.DepartmentImportService;
import org.anwei.duban.organization.DepartmentListItem;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.organization.DepartmentType;
import org.jspecify.annotations.Nullable;

/**
 * Departments (成员单位): a lazy, filterable list; admins create, edit, import and
 * deactivate. The filter is kept in the URL ({@code ?q=…&type=…&inactive=true}) so a
 * reload or a shared link shows the same list.
 */
@Route("departments")
@Menu(title = "menu.departments", order = 80, icon = "vaadin:sitemap")
@RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.LEADER })
public class DepartmentListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final TextField search = new TextField();

	final Select<DepartmentType> typeFilter = new Select<>();

	final Checkbox showInactive = new Checkbox();

	final Grid<DepartmentListItem> grid = new Grid<>();

	private final DepartmentService departments;

	private final DepartmentImportService importService;

	private final boolean admin;

	DepartmentListView(DepartmentService departments, DepartmentImportService importService, CurrentUser currentUser) {
		this.departments = departments;
		this.importService = importService;
		this.admin = currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
		setSizeFull();
		add(toolbar(), this.grid);
		configureGrid();
	}

	private FlexLayout toolbar() {
		this.search.setPlaceholder(getTranslation("department.search"));
		this.search.setAriaLabel(getTranslation("department.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setId("department-search");
		this.search.addValueChangeListener(e -> filterChanged());
		this.typeFilter.setPlaceholder(getTranslation("field.department.type"));
		this.typeFilter.setAriaLabel(getTranslation("field.department.type"));
		this.typeFilter.setItems(DepartmentType.values());
		this.typeFilter
			.setItemLabelGenerator(t -> t == null ? getTranslation("filter.all") : getTranslation(t.labelKey()));
		this.typeFilter.setEmptySelectionAllowed(true);
		this.typeFilter.setEmptySelectionCaption(getTranslation("filter.all"));
		this.typeFilter.addValueChangeListener(e -> filterChanged());
		this.showInactive.setLabel(getTranslation("department.show-inactive"));
		this.showInactive.addValueChangeListener(e -> filterChanged());
		FlexLayout toolbar = new FlexLayout(this.search, this.typeFilter, this.showInactive);
		if (this.admin) {
			Button create = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
			create.setId("department-new");
			create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button importButton = new Button(getTranslation("action.import"), VaadinIcon.UPLOAD.create(),
					e -> openImport());
			importButton.setId("department-import");
			toolbar.add(create, importButton);
		}
		toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		toolbar.setAlignItems(Alignment.BASELINE);
		toolbar.addClassNames(LumoUtility.Gap.SMALL);
		toolbar.setWidthFull();
		return toolbar;
	}

	private void configureGrid() {
		this.grid.setId("department-grid");
		this.grid.setEmptyStateText(getTranslation("department.empty"));
		var code = this.grid.addColumn(DepartmentListItem::code)
			.setHeader(getTranslation("field.department.code"))
			.setSortProperty("code")
			.setAutoWidth(true)
			.setFlexGrow(0);
		PhoneColumns.Cell<DepartmentListItem> opens = PhoneColumns.Cell.opens(item -> openDialog(item.id()));
		var name = this.grid.addColumn(PhoneColumns.mainColumn(DepartmentListItem::name, opens))
			.setHeader(getTranslation("field.department.name"))
			.setSortProperty("name")
			.setFlexGrow(2);
		var shortName = this.grid.addColumn(DepartmentListItem::shortName)
			.setHeader(getTranslation("field.department.shortName"))
			.setSortProperty("shortName");
		var aliases = this.grid.addColumn(item -> String.join("、", item.aliases()))
			.setHeader(getTranslation("field.department.aliases"))
			.setFlexGrow(2);
		var type = this.grid.addColumn(item -> getTranslation(item.type().labelKey()))
			.setHeader(getTranslation("field.department.type"))
			.setSortProperty("type");
		var parent = this.grid.addColumn(DepartmentListItem::parentName)
			.setHeader(getTranslation("field.department.parent"));
		var contact = this.grid.addColumn(item -> join(item.contactPerson(), item.contactPhone()))
			.setHeader(getTranslation("department.contact"));
		this.grid.addComponentColumn(item -> statusBadge(item.active()))
			.setHeader(getTranslation("field.department.active"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		PhoneColumns.fold(this.grid, name, DepartmentListItem::name, opens,
				item -> item.code() + " · " + getTranslation(item.type().labelKey()) + " "
						+ join(item.contactPerson(), item.contactPhone()),
				code, shortName, aliases, type, parent, contact);
		this.grid.setMultiSort(false);
		this.grid.setItems(
				query -> this.departments.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) this.departments.count(filter()));
		this.grid.addItemClickListener(e -> openDialog(e.getItem().id()));
		this.grid.setSizeFull();
	}

	private Span statusBadge(boolean active) {
		Span badge = new Span(getTranslation(active ? "status.active" : "status.inactive"));
		badge.getElement().setAttribute("theme", active ? "badge success" : "badge contrast");
		return badge;
	}

	DepartmentFilter filter() {
		return new DepartmentFilter(this.search.getValue(), this.typeFilter.getValue(), !this.showInactive.getValue());
	}

	private void filterChanged() {
		this.grid.getDataProvider().refreshAll();
		Map<String, String> parameters = new LinkedHashMap<>();
		if (!this.search.getValue().isBlank()) {
			parameters.put("q", this.search.getValue());
		}
		if (this.typeFilter.getValue() != null) {
			parameters.put("type", this.typeFilter.getValue().name());
		}
		if (this.showInactive.getValue()) {
			parameters.put("inactive", "true");
		}
		getUI().ifPresent(ui -> ui.getPage()
			.getHistory()
			.replaceState(null,
					new com.vaadin.flow.router.Location("departments", QueryParameters.simple(parameters))));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		parameters.getSingleParameter("q").ifPresent(this.search::setValue);
		parameters.getSingleParameter("type")
			.flatMap(DepartmentListView::parseType)
			.ifPresent(this.typeFilter::setValue);
		parameters.getSingleParameter("inactive").ifPresent(v -> this.showInactive.setValue(Boolean.parseBoolean(v)));
	}

	void openDialog(@Nullable Long id) {
		DepartmentDetails existing = id == null ? null : this.departments.get(id);
		DepartmentDialog[] holder = new DepartmentDialog[1];
		holder[0] = new DepartmentDialog(existing, this.departments.directory(), this.admin,
				command -> save(holder[0], existing, command), () -> toggleActive(holder[0], existing));
		holder[0].open();
	}

	private void save(DepartmentDialog dialog, @Nullable DepartmentDetails existing, DepartmentCommand command) {
		try {
			DepartmentDetails saved = existing == null ? this.departments.create(command)
					: this.departments.update(existing.id(), existing.version(), command);
			dialog.close();
			this.grid.getDataProvider().refreshAll();
			Notifications.success(getTranslation("department.saved", saved.name()));
		}
		catch (ValidationException ex) {
			dialog.showErrors(ex);
		}
		catch (ConcurrentEditException ex) {
			dialog.showConflict(ex);
		}
	}

	private void toggleActive(DepartmentDialog dialog, @Nullable DepartmentDetails existing) {
		if (existing == null) {
			return;
		}
		try {
			DepartmentDetails saved = existing.active() ? this.departments.deactivate(existing.id(), existing.version())
					: this.departments.reactivate(existing.id(), existing.version());
			dialog.close();
			this.grid.getDataProvider().refreshAll();
			Notifications.success(
					getTranslation(saved.active() ? "department.reactivated" : "department.deactivated", saved.name()));
		}
		catch (ValidationException ex) {
			Notifications.error(ErrorMessages.of(this, ex));
		}
		catch (ConcurrentEditException ex) {
			dialog.showConflict(ex);
		}
	}

	void openImport() {
		new ImportDialog<DepartmentCommand, ImportPreview<DepartmentCommand>>(getTranslation("department.import"),
				DepartmentImportService.COLUMNS, this.importService::preview, this.importService::importFile,
				result -> {
					this.grid.getDataProvider().refreshAll();
					Notifications.success(getTranslation("import.done", result.rows().size()));
				})
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.departments");
	}

	private static Optional<DepartmentType> parseType(String name) {
		return List.of(DepartmentType.values()).stream().filter(t -> t.name().equals(name)).findFirst();
	}

	private static String join(@Nullable String a, @Nullable String b) {
		return (a == null ? "" : a) + (a != null && b != null ? " " : "") + (b == null ? "" : b);
	}

}
