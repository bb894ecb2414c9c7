package org.anwei.duban.inspection.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.inspection.InspectionCommand;
import org.anwei.duban.inspection.InspectionDetails;
import org.anwei.duban.inspection.InspectionKind;
import org.anwei.duban.inspection.InspectionService;
import org.anwei.duban.organization.DepartmentRef;
import org.jspecify.annotations.Nullable;

/**
 * Records an inspection, or edits one: date, kind, title, team leader and members, the
 * departments on the team, district and the sites visited (one per line). One column on a
 * phone; the service names every missing or wrong field and nothing typed is lost.
 */
class InspectionFormDialog extends Dialog {

	final DatePicker inspectedOn = new DatePicker();

	final Select<InspectionKind> kind = new Select<>();

	final TextField title = new TextField();

	final TextField teamLeader = new TextField();

	final TextField teamMembers = new TextField();

	final MultiSelectComboBox<DepartmentRef> departments = new MultiSelectComboBox<>();

	final ComboBox<String> district = new ComboBox<>();

	final TextArea sites = new TextArea();

	final TextArea notes = new TextArea();

	final Button save = new Button();

	private final FormErrors errors = new FormErrors(this);

	InspectionFormDialog(InspectionService service, List<DepartmentRef> directory, List<String> districts,
			@Nullable InspectionDetails existing, LongConsumer onSaved) {
		setHeaderTitle(getTranslation(existing == null ? "inspection.new" : "inspection.edit"));
		setWidth("min(48rem, 100vw)");
		setId("inspection-form");
		label(this.inspectedOn, "inspectedOn", true);
		label(this.kind, "kind", true);
		this.kind.setItems(InspectionKind.values());
		this.kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
		label(this.title, "title", true);
		label(this.teamLeader, "teamLeader", true);
		label(this.teamMembers, "teamMembers", false);
		label(this.departments, "departments", false);
		List<DepartmentRef> active = directory.stream().filter(DepartmentRef::active).toList();
		this.departments.setItems(active);
		this.departments.setItemLabelGenerator(DepartmentRef::name);
		label(this.district, "district", false);
		this.district.setItems(districts);
		this.district.setClearButtonVisible(true);
		label(this.sites, "sites", true);
		this.sites.setHelperText(getTranslation("inspection.sites-help"));
		label(this.notes, "notes", false);
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
		form.add(this.inspectedOn, this.kind);
		form.add(this.title, 2);
		form.add(this.teamLeader, this.teamMembers);
		form.add(this.departments, this.district);
		form.add(this.sites, 2);
		form.add(this.notes, 2);
		add(form);
		this.errors.bind("inspection.inspectedOn", this.inspectedOn)
			.bind("inspection.kind", this.kind)
			.bind("inspection.title", this.title)
			.bind("inspection.teamLeader", this.teamLeader)
			.bind("inspection.teamMembers", this.teamMembers)
			.bind("inspection.departments", this.departments)
			.bind("inspection.district", this.district)
			.bind("inspection.sites", this.sites)
			.bind("inspection.notes", this.notes);
		if (existing != null) {
			this.inspectedOn.setValue(existing.inspectedOn());
			this.kind.setValue(existing.kind());
			this.title.setValue(existing.title());
			this.teamLeader.setValue(existing.teamLeader());
			this.teamMembers.setValue(existing.teamMembers());
			this.departments.setValue(active.stream()
				.filter(d -> existing.departments().containsKey(d.id()))
				.collect(Collectors.toSet()));
			this.district.setValue(existing.district());
			this.sites.setValue(String.join("\n", existing.sites()));
			this.notes.setValue(existing.notes());
		}
		else {
			this.inspectedOn.setValue(LocalDate.now(DisplayTime.ZONE));
			this.kind.setValue(InspectionKind.UNANNOUNCED);
		}
		this.save.setText(getTranslation("action.save"));
		this.save.setId("inspection-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> {
			try {
				long id = existing == null ? service.create(command()).id()
						: service.update(existing.id(), existing.version(), command()).id();
				close();
				onSaved.accept(id);
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
			catch (ConcurrentEditException ex) {
				this.errors.show(ex);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.save);
	}

	InspectionCommand command() {
		Set<Long> team = this.departments.getValue().stream().map(DepartmentRef::id).collect(Collectors.toSet());
		return new InspectionCommand(this.inspectedOn.getValue(), this.kind.getValue(), this.title.getValue(),
				this.teamLeader.getValue(), this.teamMembers.getValue(), team, this.district.getValue(),
				Arrays.asList(this.sites.getValue().split("\\R")), this.notes.getValue());
	}

	private void label(com.vaadin.flow.component.HasLabel field, String name, boolean required) {
		field.setLabel(getTranslation("field.inspection." + name));
		((com.vaadin.flow.component.Component) field).setId("inspection-" + name);
		if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
			value.setRequiredIndicatorVisible(required);
		}
	}

}
