package org.anwei.duban.inspection.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.inspection.FindingTaskCommand;
import org.anwei.duban.inspection.InspectionService;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.task.Urgency;

/**
 * Hands a finding to a department as a task: where, what was found, which department, by
 * when and how urgent.
 */
class FindingTaskDialog extends Dialog {

	final ComboBox<String> site = new ComboBox<>();

	final TextArea description = new TextArea();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final DatePicker deadline = new DatePicker();

	final Select<Urgency> urgency = new Select<>();

	final Button save = new Button();

	private final FormErrors errors = new FormErrors(this);

	FindingTaskDialog(InspectionService service, long inspectionId, List<String> sites, List<DepartmentRef> directory,
			LongConsumer onSaved) {
		setHeaderTitle(getTranslation("inspection.assign-task"));
		setWidth("min(40rem, 100vw)");
		setId("finding-task-form");
		this.site.setLabel(getTranslation("field.finding.site"));
		this.site.setItems(sites);
		this.site.setAllowCustomValue(true);
		this.site.addCustomValueSetListener(e -> this.site.setValue(e.getDetail()));
		this.site.setRequiredIndicatorVisible(true);
		this.site.setId("finding-site");
		if (sites.size() == 1) {
			this.site.setValue(sites.getFirst());
		}
		this.description.setLabel(getTranslation("field.finding.description"));
		this.description.setRequiredIndicatorVisible(true);
		this.description.setId("finding-description");
		this.department.setLabel(getTranslation("field.finding.department"));
		this.department.setItems(directory.stream().filter(DepartmentRef::active).toList());
		this.department.setItemLabelGenerator(DepartmentRef::name);
		this.department.setRequiredIndicatorVisible(true);
		this.department.setId("finding-department");
		this.deadline.setLabel(getTranslation("field.finding.deadline"));
		this.deadline.setRequiredIndicatorVisible(true);
		this.deadline.setValue(LocalDate.now(DisplayTime.ZONE).plusDays(15));
		this.deadline.setId("finding-deadline");
		this.urgency.setLabel(getTranslation("field.task.urgency"));
		this.urgency.setItems(Urgency.values());
		this.urgency.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
		this.urgency.setValue(Urgency.NORMAL);
		FormLayout form = new FormLayout(this.site, this.department, this.deadline, this.urgency);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
		form.add(this.description, 2);
		add(form);
		this.errors.bind("finding.site", this.site)
			.bind("finding.description", this.description)
			.bind("finding.department", this.department)
			.bind("finding.deadline", this.deadline);
		this.save.setText(getTranslation("inspection.assign-task"));
		this.save.setId("finding-task-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> {
			try {
				DepartmentRef chosen = this.department.getValue();
				String where = this.site.getValue();
				long taskId = service.assignTask(inspectionId,
						new FindingTaskCommand(where == null ? "" : where, this.description.getValue(),
								chosen == null ? null : chosen.id(), this.deadline.getValue(),
								this.urgency.getValue()));
				close();
				onSaved.accept(taskId);
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.save);
	}

}
