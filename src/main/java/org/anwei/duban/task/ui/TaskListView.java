package org.anwei.duban.task.ui;

import org.anwei.duban.organization.ui.DepartmentParameter;
import org.anwei.duban.base.ui.BackgroundWork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.anwei.duban.base.ui.FilterBar;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.base.ui.ImportDialog;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.SpreadsheetDownload;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.SeriesService;
import org.anwei.duban.task.StatusLight;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.FigureFilter;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskImportService;
import org.anwei.duban.task.TaskLedgerExport;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * Tasks within the user's scope: a lazy list filtered by text, status, light and
 * department, kept in the URL, soonest deadline first. A liaison sees their department's
 * tasks; staff also create tasks by hand.
 */
@Route("tasks")
@Menu(title = "menu.tasks", order = 5, icon = "vaadin:tasks")
@RolesAllowed({ Roles.STAFF, Roles.LEADER, Roles.DEPT })
public class TaskListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final TextField search = new TextField();

	final Select<TaskStatus> status = new Select<>();

	final Select<StatusLight> light = new Select<>();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final Select<DirectiveCategory> category = new Select<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	private @Nullable Long meetingId;

	/**
	 * The dashboard figure the list was opened from, if any (URL: figure, pfrom, pto).
	 */
	private @Nullable FigureFilter figure;

	private final FigureChip figureChip = new FigureChip(() -> {
		this.figure = null;
		filterChanged();
	});

	final Grid<TaskListItem> grid = new Grid<>();

	final PhoneColumns<TaskListItem> phone;

	private final TaskQueries tasks;

	TaskListView(TaskQueries tasks, TaskService tasksService, SeriesService seriesService,
			TaskImportService importService, TaskLedgerExport ledger, DepartmentService departments,
			CurrentUser currentUser, BackgroundWork background) {
		this.tasks = tasks;
		setSizeFull();
		this.search.setPlaceholder(getTranslation("task.search"));
		this.search.setAriaLabel(getTranslation("task.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setId("task-search");
		this.status.setItems(TaskStatus.values());
		this.status
			.setItemLabelGenerator(s -> s == null ? getTranslation("task.any-status") : getTranslation(s.labelKey()));
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(getTranslation("task.any-status"));
		this.light.setItems(StatusLight.RED, StatusLight.YELLOW, StatusLight.GREEN);
		this.light
			.setItemLabelGenerator(l -> l == null ? getTranslation("task.any-light") : getTranslation(l.labelKey()));
		this.light.setEmptySelectionAllowed(true);
		this.light.setEmptySelectionCaption(getTranslation("task.any-light"));
		this.light.setId("task-light");
		this.department.setPlaceholder(getTranslation("field.task.lead"));
		this.department.setAriaLabel(getTranslation("field.task.lead"));
		this.department.setItems(departments.directory().stream().filter(DepartmentRef::active).toList());
		this.department.setItemLabelGenerator(DepartmentRef::name);
		this.department.setClearButtonVisible(true);
		boolean departmentUser = currentUser.get().map(u -> u.hasRole(Role.DEPT)).orElse(false);
		this.department.setVisible(!departmentUser);
		this.category.setItems(DirectiveCategory.values());
		this.category
			.setItemLabelGenerator(c -> c == null ? getTranslation("task.any-category") : getTranslation(c.labelKey()));
		this.category.setEmptySelectionAllowed(true);
		this.category.setEmptySelectionCaption(getTranslation("task.any-category"));
		this.from.setPlaceholder(getTranslation("task.deadline-from"));
		this.from.setAriaLabel(getTranslation("task.deadline-from"));
		this.to.setPlaceholder(getTranslation("task.deadline-to"));
		this.to.setAriaLabel(getTranslation("task.deadline-to"));
		this.category.addValueChangeListener(e -> filterChanged());
		this.from.addValueChangeListener(e -> filterChanged());
		this.to.addValueChangeListener(e -> filterChanged());
		this.search.addValueChangeListener(e -> filterChanged());
		this.status.addValueChangeListener(e -> filterChanged());
		this.light.addValueChangeListener(e -> filterChanged());
		this.department.addValueChangeListener(e -> filterChanged());
		FilterBar toolbar = new FilterBar(this.search, this.status, this.light, this.department, this.category,
				this.from, this.to);
		if (currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false)) {
			Button create = new Button(getTranslation("task.new"), VaadinIcon.PLUS.create(),
					e -> new TaskFormDialog(departments.directory(), tasksService, seriesService,
							id -> getUI().ifPresent(ui -> ui.navigate(TaskView.path(id))),
							() -> this.grid.getDataProvider().refreshAll())
						.open());
			create.setId("task-new");
			create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button importTasks = new Button(getTranslation("task.import"), VaadinIcon.UPLOAD.create(),
					e -> new ImportDialog<TaskCommand, List<Long>>(getTranslation("task.import"),
							TaskImportService.COLUMNS, importService::preview, importService::importFile, ids -> {
								this.grid.getDataProvider().refreshAll();
								Notifications.success(getTranslation("task.imported", ids.size()));
							})
						.open());
			importTasks.setId("task-import");
			toolbar.addActions(create, importTasks);
		}
		toolbar.addActions(
				SpreadsheetDownload.of(background, "task-export", getTranslation("task.ledger.export"), locale -> {
					TaskFilter shown = filter();
					return new SpreadsheetDownload.Prepared(ledger.fileName(locale),
							out -> ledger.write(shown, locale, out));
				}));

		this.grid.setId("task-grid");
		this.grid.setEmptyStateText(getTranslation(departmentUser ? "task.empty.department"
				: currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false) ? "task.empty.staff"
						: "task.empty.leader"));
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addComponentColumn(TaskBadges::light).setHeader("").setAutoWidth(true).setFlexGrow(0);
		PhoneColumns.Cell<TaskListItem> opens = PhoneColumns.Cell.link(t -> TaskView.path(t.id()));
		var title = this.grid.addColumn(PhoneColumns.mainColumn(TaskListItem::title, opens))
			.setHeader(getTranslation("field.task.title"))
			.setSortProperty("subject.title")
			.setFlexGrow(3);
		var lead = this.grid.addColumn(TaskListItem::leadDepartmentName).setHeader(getTranslation("field.task.lead"));
		this.grid.addColumn(t -> TaskBadges.deadline(this, t.currentDeadline(), t.originalDeadline()))
			.setHeader(getTranslation("field.task.deadline"))
			.setSortProperty("currentDeadline")
			.setAutoWidth(true);
		var status = this.grid.addComponentColumn(t -> TaskBadges.status(t.status(), t.stale()))
			.setHeader(getTranslation("field.task.status"))
			.setSortProperty("status")
			.setAutoWidth(true);
		this.phone = PhoneColumns.fold(this.grid, title, TaskListItem::title, opens,
				t -> t.leadDepartmentName() + " · " + getTranslation(t.status().labelKey()), lead, status);
		this.grid.setItems(
				query -> this.tasks.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) this.tasks.count(filter()));
		this.grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskView.path(e.getItem().id()))));
		this.grid.setSizeFull();
		add(toolbar, this.figureChip, this.grid);
	}

	TaskFilter filter() {
		DepartmentRef chosen = this.department.getValue();
		return new TaskFilter(this.search.getValue(), this.status.getValue(), this.light.getValue(),
				chosen == null ? null : chosen.id(), this.meetingId, this.category.getValue(), this.from.getValue(),
				this.to.getValue(), this.figure);
	}

	private void filterChanged() {
		this.grid.getDataProvider().refreshAll();
		Map<String, String> parameters = new LinkedHashMap<>();
		UrlParameters.put(parameters, "q", this.search.getValue().isBlank() ? null : this.search.getValue());
		UrlParameters.put(parameters, "status", this.status.getValue());
		UrlParameters.put(parameters, "light", this.light.getValue());
		UrlParameters.put(parameters, DepartmentParameter.NAME,
				this.department.getValue() == null ? null : this.department.getValue().code());
		UrlParameters.put(parameters, "category", this.category.getValue());
		UrlParameters.put(parameters, "from", this.from.getValue());
		UrlParameters.put(parameters, "to", this.to.getValue());
		UrlParameters.put(parameters, "meeting", this.meetingId);
		this.figureChip.show(this.figure);
		FigureChip.put(parameters, this.figure);
		UrlParameters.show(this, "tasks", parameters);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		// first the filters without a field: setting a field below rewrites the URL from
		// all of them
		this.meetingId = parameters.getSingleParameter("meeting").flatMap(UrlParameters::number).orElse(null);
		this.figure = FigureChip.read(parameters).orElse(null);
		parameters.getSingleParameter("q").ifPresent(this.search::setValue);
		parameters.getSingleParameter("status")
			.flatMap(s -> UrlParameters.named(TaskStatus.values(), s))
			.ifPresent(this.status::setValue);
		parameters.getSingleParameter("light")
			.flatMap(s -> UrlParameters.named(StatusLight.values(), s))
			.ifPresent(this.light::setValue);
		DepartmentParameter.read(parameters, this.department).ifPresent(this.department::setValue);
		parameters.getSingleParameter("category")
			.flatMap(s -> UrlParameters.named(DirectiveCategory.values(), s))
			.ifPresent(this.category::setValue);
		parameters.getSingleParameter("from").flatMap(UrlParameters::date).ifPresent(this.from::setValue);
		parameters.getSingleParameter("to").flatMap(UrlParameters::date).ifPresent(this.to::setValue);
		this.figureChip.show(this.figure);
		this.grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.tasks");
	}

	List<TaskListItem> shown() {
		return this.grid.getGenericDataView().getItems().toList();
	}

}
