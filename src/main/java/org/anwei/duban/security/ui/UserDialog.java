package org.anwei.duban.security.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.security.UserAccount;
import org.anwei.duban.security.UserCommand;
import org.anwei.duban.security.internal.UserRules;
import org.jspecify.annotations.Nullable;

/** Form for creating or editing a user account; the view calls the service. */
class UserDialog extends Dialog {

	/** What the admin asked for in the dialog's footer. */
	enum Action {

		SAVE, TOGGLE_ENABLED, RESET_PASSWORD, UNLOCK

	}

	final TextField username = new TextField();

	final TextField displayName = new TextField();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	final Checkbox overseesAll = new Checkbox();

	final MultiSelectComboBox<DepartmentRef> overseen = new MultiSelectComboBox<>();

	final Checkbox departmentHead = new Checkbox();

	final TextField phone = new TextField();

	final EmailField email = new EmailField();

	final Button save = new Button();

	private final FormErrors errors = new FormErrors(this);

	UserDialog(@Nullable UserAccount existing, List<DepartmentRef> directory, Consumer<Action> onAction) {
		setId("user-dialog");
		setHeaderTitle(getTranslation(existing == null ? "user.new" : "user.edit"));
		setWidth("min(44rem, 95vw)");
		this.username.setLabel(getTranslation("field.user.username"));
		this.username.setId("user-username");
		this.username.setRequiredIndicatorVisible(true);
		this.displayName.setLabel(getTranslation("field.user.displayName"));
		this.displayName.setId("user-display-name");
		this.displayName.setRequiredIndicatorVisible(true);
		List<DepartmentRef> active = directory.stream().filter(DepartmentRef::active).toList();
		this.department.setLabel(getTranslation("field.user.department"));
		this.department.setItems(active);
		this.department.setItemLabelGenerator(d -> d.name() + " (" + d.code() + ")");
		this.department.setClearButtonVisible(true);
		this.department.setId("user-department");
		this.roles.setLabel(getTranslation("field.user.roles"));
		this.roles.setItems(Role.values());
		this.roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
		this.roles.setId("user-roles");
		this.overseen.setLabel(getTranslation("field.user.overseenDepartments"));
		this.overseen.setHelperText(getTranslation("user.overseen.help"));
		this.overseen.setItems(active);
		this.overseen.setItemLabelGenerator(DepartmentRef::name);
		this.overseen.setId("user-overseen");
		this.overseesAll.setLabel(getTranslation("field.user.overseesAll"));
		this.overseesAll.setId("user-oversees-all");
		this.overseesAll.addValueChangeListener(e -> this.overseen.setEnabled(!e.getValue()));
		this.departmentHead.setLabel(getTranslation("field.user.departmentHead"));
		this.departmentHead.setHelperText(getTranslation("user.departmentHead.help"));
		this.departmentHead.setId("user-department-head");
		this.roles.addValueChangeListener(e -> {
			this.overseesAll.setVisible(e.getValue().contains(Role.LEADER));
			this.overseen.setVisible(e.getValue().contains(Role.LEADER));
			this.departmentHead.setVisible(e.getValue().contains(Role.DEPT));
		});
		this.overseesAll.setVisible(false);
		this.overseen.setVisible(false);
		this.departmentHead.setVisible(false);
		this.phone.setLabel(getTranslation("field.user.phone"));
		this.phone.setId("user-phone");
		this.email.setLabel(getTranslation("field.user.email"));
		this.email.setId("user-email");
		this.errors.bind(UserRules.USERNAME, this.username)
			.bind(UserRules.DISPLAY_NAME, this.displayName)
			.bind(UserRules.DEPARTMENT, this.department)
			.bind(UserRules.ROLES, this.roles)
			.bind(UserRules.OVERSEEN, this.overseen)
			.bind(UserRules.PHONE, this.phone)
			.bind(UserRules.EMAIL, this.email);

		FormLayout form = new FormLayout(this.username, this.displayName, this.department, this.phone, this.email,
				this.roles, this.overseesAll, this.overseen, this.departmentHead);
		form.setColspan(this.roles, 2);
		form.setColspan(this.overseesAll, 2);
		form.setColspan(this.overseen, 2);
		form.setColspan(this.departmentHead, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
		add(form);

		if (existing != null) {
			fill(existing, directory);
			this.username.setReadOnly(true);
			Button toggle = new Button(getTranslation(existing.enabled() ? "action.disable" : "action.enable"),
					e -> onAction.accept(Action.TOGGLE_ENABLED));
			toggle.setId("user-toggle-enabled");
			toggle.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
			Button reset = new Button(getTranslation("action.reset-password"),
					e -> onAction.accept(Action.RESET_PASSWORD));
			reset.setId("user-reset-password");
			getFooter().add(toggle, reset);
			if (existing.lockedUntil() != null) {
				Button unlock = new Button(getTranslation("action.unlock"), e -> onAction.accept(Action.UNLOCK));
				unlock.setId("user-unlock");
				getFooter().add(unlock);
				add(new Span(getTranslation("user.locked-until", DisplayTime.minutes(existing.lockedUntil()))));
			}
		}
		else {
			add(new Span(getTranslation("user.new.password-note")));
		}
		this.save.setText(getTranslation("action.save"));
		this.save.setId("user-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> onAction.accept(Action.SAVE));
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.save);
	}

	private void fill(UserAccount account, List<DepartmentRef> directory) {
		this.username.setValue(account.username());
		this.displayName.setValue(account.displayName());
		directory.stream()
			.filter(d -> Objects.equals(d.id(), account.departmentId()))
			.findFirst()
			.ifPresent(this.department::setValue);
		this.roles.setValue(account.roles());
		this.overseen.setValue(directory.stream()
			.filter(d -> account.overseenDepartmentIds().contains(d.id()))
			.collect(Collectors.toSet()));
		this.overseesAll.setValue(account.overseesAll());
		this.departmentHead.setValue(account.departmentHead());
		this.phone.setValue(account.phone() == null ? "" : account.phone());
		this.email.setValue(account.email() == null ? "" : account.email());
	}

	UserCommand command() {
		DepartmentRef dept = this.department.getValue();
		Set<Long> overseenIds = this.overseen.getValue().stream().map(DepartmentRef::id).collect(Collectors.toSet());
		return new UserCommand(this.username.getValue(), this.displayName.getValue(), dept == null ? null : dept.id(),
				this.roles.getValue(), overseenIds, this.phone.getValue(), this.email.getValue(),
				this.departmentHead.getValue(), this.overseesAll.getValue());
	}

	void showErrors(ValidationException exception) {
		this.errors.show(exception);
	}

	void showConflict(ConcurrentEditException exception) {
		this.errors.show(exception);
	}

}
