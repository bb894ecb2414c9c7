package org.anwei.duban.security.ui;

import java.util.List;
import java.util.stream.Collectors;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import org.anwei.duban.base.ui.PhoneColumns;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.ImportDialog;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.CreatedUser;
import org.anwei.duban.security.UserAccount;
import org.anwei.duban.security.UserCommand;
import org.anwei.duban.security.UserFilter;
import org.anwei.duban.security.UserImportService;
import org.anwei.duban.security.UserListItem;
import org.anwei.duban.security.UserService;
import org.jspecify.annotations.Nullable;

/**
 * User accounts (admins only): list, create, edit, enable/disable, reset password,
 * unlock, import.
 */
@Route("users")
@Menu(title = "menu.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UserListView extends VerticalLayout implements HasDynamicTitle {

	final TextField search = new TextField();

	final Select<Role> roleFilter = new Select<>();

	final Checkbox showDisabled = new Checkbox();

	final Grid<UserListItem> grid = new Grid<>();

	private final UserService users;

	private final UserImportService importService;

	private final DepartmentService departments;

	UserListView(UserService users, UserImportService importService, DepartmentService departments) {
		this.users = users;
		this.importService = importService;
		this.departments = departments;
		setSizeFull();
		add(toolbar(), this.grid);
		configureGrid();
	}

	private FlexLayout toolbar() {
		this.search.setPlaceholder(getTranslation("user.search"));
		this.search.setAriaLabel(getTranslation("user.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.setId("user-search");
		this.search.addValueChangeListener(e -> this.grid.getDataProvider().refreshAll());
		this.roleFilter.setItems(Role.values());
		this.roleFilter
			.setItemLabelGenerator(r -> r == null ? getTranslation("filter.all") : getTranslation(r.labelKey()));
		this.roleFilter.setEmptySelectionAllowed(true);
		this.roleFilter.setEmptySelectionCaption(getTranslation("filter.all"));
		this.roleFilter.addValueChangeListener(e -> this.grid.getDataProvider().refreshAll());
		this.showDisabled.setLabel(getTranslation("user.show-disabled"));
		this.showDisabled.setValue(true);
		this.showDisabled.addValueChangeListener(e -> this.grid.getDataProvider().refreshAll());
		Button create = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
		create.setId("user-new");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button importButton = new Button(getTranslation("action.import"), VaadinIcon.UPLOAD.create(),
				e -> openImport());
		importButton.setId("user-import");
		FlexLayout toolbar = new FlexLayout(this.search, this.roleFilter, this.showDisabled, create, importButton);
		toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		toolbar.setAlignItems(Alignment.BASELINE);
		toolbar.addClassNames(LumoUtility.Gap.SMALL);
		return toolbar;
	}

	private void configureGrid() {
		this.grid.setId("user-grid");
		this.grid.setEmptyStateText(getTranslation("user.empty"));
		var username = this.grid.addColumn(UserListItem::username)
			.setHeader(getTranslation("field.user.username"))
			.setSortProperty("username");
		PhoneColumns.Cell<UserListItem> opens = PhoneColumns.Cell.opens(u -> openDialog(u.id()));
		var displayName = this.grid.addColumn(PhoneColumns.mainColumn(UserListItem::displayName, opens))
			.setHeader(getTranslation("field.user.displayName"))
			.setSortProperty("displayName");
		var department = this.grid.addColumn(UserListItem::departmentName)
			.setHeader(getTranslation("field.user.department"));
		var roles = this.grid.addColumn(this::roles).setHeader(getTranslation("field.user.roles"));
		var phone = this.grid.addColumn(UserListItem::phone).setHeader(getTranslation("field.user.phone"));
		PhoneColumns.fold(this.grid, displayName, UserListItem::displayName, opens,
				u -> u.username() + " · " + roles(u) + (u.departmentName() == null ? "" : " · " + u.departmentName()),
				username, department, roles, phone);
		this.grid.addComponentColumn(this::status).setHeader(getTranslation("field.user.enabled"));
		this.grid.setItems(
				query -> this.users.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) this.users.count(filter()));
		this.grid.addItemClickListener(e -> openDialog(e.getItem().id()));
		this.grid.setSizeFull();
	}

	private String roles(UserListItem user) {
		return user.roles().stream().map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining("、"))
				+ (user.departmentHead() ? "（" + getTranslation("field.user.departmentHead") + "）" : "");
	}

	private Span status(UserListItem user) {
		String key = !user.enabled() ? "status.disabled"
				: user.lockedUntil() != null ? "status.locked" : "status.active";
		Span badge = new Span(getTranslation(key));
		badge.getElement()
			.setAttribute("theme", user.enabled() && user.lockedUntil() == null ? "badge success" : "badge error");
		return badge;
	}

	UserFilter filter() {
		return new UserFilter(this.search.getValue(), null, this.roleFilter.getValue(), !this.showDisabled.getValue());
	}

	void openDialog(@Nullable Long id) {
		UserAccount existing = id == null ? null : this.users.get(id);
		UserDialog[] holder = new UserDialog[1];
		holder[0] = new UserDialog(existing, this.departments.directory(),
				action -> handle(holder[0], existing, action));
		holder[0].open();
	}

	private void handle(UserDialog dialog, @Nullable UserAccount existing, UserDialog.Action action) {
		try {
			switch (action) {
				case SAVE -> save(dialog, existing, dialog.command());
				case TOGGLE_ENABLED -> {
					UserAccount account = java.util.Objects.requireNonNull(existing);
					this.users.setEnabled(account.id(), account.version(), !account.enabled());
					done(dialog, "user.saved", account.username());
				}
				case RESET_PASSWORD -> {
					CreatedUser reset = this.users.resetPassword(java.util.Objects.requireNonNull(existing).id());
					dialog.close();
					showPasswords(List.of(new OneTimePasswordDialog.Credential(reset.account().username(),
							reset.temporaryPassword())));
				}
				case UNLOCK -> {
					this.users.unlock(java.util.Objects.requireNonNull(existing).id());
					done(dialog, "user.unlocked", existing.username());
				}
			}
		}
		catch (ValidationException ex) {
			if (action == UserDialog.Action.SAVE) {
				dialog.showErrors(ex);
			}
			else {
				Notifications.error(ErrorMessages.of(this, ex));
			}
		}
		catch (ConcurrentEditException ex) {
			dialog.showConflict(ex);
		}
	}

	private void save(UserDialog dialog, @Nullable UserAccount existing, UserCommand command) {
		if (existing == null) {
			CreatedUser created = this.users.create(command, null);
			dialog.close();
			this.grid.getDataProvider().refreshAll();
			showPasswords(List
				.of(new OneTimePasswordDialog.Credential(created.account().username(), created.temporaryPassword())));
		}
		else {
			this.users.update(existing.id(), existing.version(), command);
			done(dialog, "user.saved", existing.username());
		}
	}

	private void done(UserDialog dialog, String messageKey, String username) {
		dialog.close();
		this.grid.getDataProvider().refreshAll();
		Notifications.success(getTranslation(messageKey, username));
	}

	private void showPasswords(List<OneTimePasswordDialog.Credential> credentials) {
		new OneTimePasswordDialog(credentials).open();
	}

	void openImport() {
		new ImportDialog<UserCommand, List<UserImportService.ImportedUser>>(getTranslation("user.import"),
				UserImportService.COLUMNS, this.importService::preview, this.importService::importFile, imported -> {
					this.grid.getDataProvider().refreshAll();
					showPasswords(imported.stream()
						.map(u -> new OneTimePasswordDialog.Credential(u.username(), u.temporaryPassword()))
						.toList());
				})
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.users");
	}

}
