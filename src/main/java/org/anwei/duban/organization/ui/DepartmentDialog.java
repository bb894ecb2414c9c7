package org.anwei.duban.organization.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.organization.DepartmentCommand;
import org.anwei.duban.organization.DepartmentDetails;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentType;
import org.anwei.duban.organization.internal.DepartmentRules;
import org.jspecify.annotations.Nullable;

/**
 * Form for creating or editing a department. It only collects input and reports what the
 * user asked for; the view calls the service and hands errors back to
 * {@link #showErrors}.
 */
class DepartmentDialog extends Dialog {

	final TextField code = new TextField();

	final TextField name = new TextField();

	final TextField shortName = new TextField();

	final Select<DepartmentType> type = new Select<>();

	final ComboBox<DepartmentRef> parent = new ComboBox<>();

	final TextArea aliases = new TextArea();

	final TextField contactPerson = new TextField();

	final TextField contactPhone = new TextField();

	final Button save = new Button();

	final Button toggleActive = new Button();

	private final FormErrors errors = new FormErrors(this);

	DepartmentDialog(@Nullable DepartmentDetails existing, List<DepartmentRef> directory, boolean editable,
			Consumer<DepartmentCommand> onSave, Runnable onToggleActive) {
		setId("department-dialog");
		setHeaderTitle(getTranslation(existing == null ? "department.new" : "department.edit"));
		setWidth("min(44rem, 95vw)");
		label(this.code, "department.code", "department-code");
		label(this.name, "department.name", "department-name");
		label(this.shortName, "department.shortName", "department-short-name");
		this.type.setLabel(getTranslation("field.department.type"));
		this.type.setItems(DepartmentType.values());
		this.type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
		this.type.setId("department-type");
		this.parent.setLabel(getTranslation("field.department.parent"));
		this.parent.setItems(directory.stream().filter(d -> existing == null || d.id() != existing.id()).toList());
		this.parent.setItemLabelGenerator(d -> d.name() + " (" + d.code() + ")");
		this.parent.setClearButtonVisible(true);
		this.parent.setId("department-parent");
		this.aliases.setLabel(getTranslation("field.department.aliases"));
		this.aliases.setHelperText(getTranslation("department.aliases.help"));
		this.aliases.setId("department-aliases");
		label(this.contactPerson, "department.contactPerson", "department-contact-person");
		label(this.contactPhone, "department.contactPhone", "department-contact-phone");
		this.code.setRequiredIndicatorVisible(true);
		this.name.setRequiredIndicatorVisible(true);
		this.type.setRequiredIndicatorVisible(true);

		this.errors.bind(DepartmentRules.CODE, this.code)
			.bind(DepartmentRules.NAME, this.name)
			.bind(DepartmentRules.SHORT_NAME, this.shortName)
			.bind(DepartmentRules.TYPE, this.type)
			.bind(DepartmentRules.PARENT, this.parent)
			.bind(DepartmentRules.ALIASES, this.aliases)
			.bind(DepartmentRules.CONTACT_PERSON, this.contactPerson)
			.bind(DepartmentRules.CONTACT_PHONE, this.contactPhone);

		FormLayout form = new FormLayout(this.code, this.name, this.shortName, this.type, this.parent,
				this.contactPerson, this.contactPhone, this.aliases);
		form.setColspan(this.aliases, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
		add(form);

		if (existing != null) {
			fill(existing, directory);
		}
		else {
			this.type.setValue(DepartmentType.COMMITTEE_MEMBER);
		}

		this.save.setText(getTranslation("action.save"));
		this.save.setId("department-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> onSave.accept(command()));
		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		if (existing != null) {
			this.toggleActive.setText(getTranslation(existing.active() ? "action.deactivate" : "action.reactivate"));
			this.toggleActive.setId("department-toggle-active");
			this.toggleActive
				.addThemeVariants(existing.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
			this.toggleActive.addClickListener(e -> onToggleActive.run());
			this.toggleActive.setVisible(editable);
			getFooter().add(this.toggleActive);
		}
		this.save.setVisible(editable);
		if (!editable) {
			form.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
		}
		getFooter().add(cancel, this.save);
	}

	private void label(TextField field, String key, String id) {
		field.setLabel(getTranslation("field." + key));
		field.setId(id);
	}

	private void fill(DepartmentDetails details, List<DepartmentRef> directory) {
		this.code.setValue(details.code());
		this.name.setValue(details.name());
		this.shortName.setValue(nullToEmpty(details.shortName()));
		this.type.setValue(details.type());
		directory.stream()
			.filter(d -> d.id() == java.util.Objects.requireNonNullElse(details.parentId(), -1L))
			.findFirst()
			.ifPresent(this.parent::setValue);
		this.aliases.setValue(String.join("\n", details.aliases()));
		this.contactPerson.setValue(nullToEmpty(details.contactPerson()));
		this.contactPhone.setValue(nullToEmpty(details.contactPhone()));
	}

	DepartmentCommand command() {
		List<String> aliasList = Arrays.stream(this.aliases.getValue().split("[\\n;；、,，]+"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		DepartmentRef parentRef = this.parent.getValue();
		return new DepartmentCommand(this.code.getValue(), this.name.getValue(), this.shortName.getValue(),
				this.type.getValue(), parentRef == null ? null : parentRef.id(), aliasList,
				this.contactPerson.getValue(), this.contactPhone.getValue());
	}

	void showErrors(ValidationException exception) {
		this.errors.show(exception);
	}

	void showConflict(ConcurrentEditException exception) {
		this.errors.show(exception);
	}

	private static String nullToEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
