package org.anwei.duban.task.ui;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.anwei.duban.evidence.ui.EvidenceUpload;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.Recurrence;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.SeriesCommand;
import org.anwei.duban.task.SeriesService;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;

/** Staff write a task by hand (not from a meeting): who, what, by when. */
class TaskFormDialog extends Dialog {

	final TextField title = new TextField();

	final TextArea content = new TextArea();

	final ComboBox<DepartmentRef> lead = new ComboBox<>();

	final MultiSelectComboBox<DepartmentRef> assisting = new MultiSelectComboBox<>();

	final DatePicker deadline = new DatePicker();

	final Select<Urgency> urgency = new Select<>();

	final Select<DirectiveCategory> category = new Select<>();

	final Select<Recurrence> recurrence = new Select<>();

	final DatePicker endsOn = new DatePicker();

	final IntegerField occurrences = new IntegerField();

	final EvidenceUpload material = new EvidenceUpload("task-material");

	final Button save = new Button();

	private final Div materialBlock = new Div();

	private final FormErrors errors = new FormErrors(this);

	TaskFormDialog(List<DepartmentRef> directory, TaskService tasks, SeriesService series, LongConsumer onCreated,
			Runnable onSeriesCreated) {
		setHeaderTitle(getTranslation("task.new"));
		setWidth("min(44rem, 100vw)");
		List<DepartmentRef> active = directory.stream().filter(DepartmentRef::active).toList();
		this.title.setLabel(getTranslation("field.task.title"));
		this.content.setLabel(getTranslation("field.task.content"));
		this.lead.setLabel(getTranslation("field.task.lead"));
		this.lead.setItems(active);
		this.lead.setItemLabelGenerator(DepartmentRef::name);
		this.assisting.setLabel(getTranslation("field.task.assisting"));
		this.assisting.setItems(active);
		this.assisting.setItemLabelGenerator(DepartmentRef::name);
		this.deadline.setLabel(getTranslation("field.task.deadline"));
		this.urgency.setLabel(getTranslation("task.urgency"));
		this.urgency.setItems(Urgency.values());
		this.urgency.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
		this.urgency.setValue(Urgency.NORMAL);
		this.category.setLabel(getTranslation("field.directive.categories"));
		this.category.setItems(DirectiveCategory.values());
		this.category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
		this.category.setValue(DirectiveCategory.GENERAL);
		this.recurrence.setLabel(getTranslation("field.task.recurrence"));
		this.recurrence.setItems(Recurrence.values());
		this.recurrence.setEmptySelectionAllowed(true);
		this.recurrence.setEmptySelectionCaption(getTranslation("directive.recurrence.none"));
		this.recurrence.setItemLabelGenerator(
				r -> r == null ? getTranslation("directive.recurrence.none") : getTranslation(r.labelKey()));
		this.recurrence.setId("task-recurrence");
		this.endsOn.setLabel(getTranslation("field.task.endsOn"));
		this.occurrences.setLabel(getTranslation("field.task.maxOccurrences"));
		this.recurrence.addValueChangeListener(e -> showRecurrence());
		showRecurrence();
		this.errors.bind("task.title", this.title)
			.bind("task.endsOn", this.endsOn)
			.bind("task.maxOccurrences", this.occurrences)
			.bind("task.content", this.content)
			.bind("task.lead", this.lead)
			.bind("task.assisting", this.assisting)
			.bind("task.deadline", this.deadline);
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
		form.add(this.title, 2);
		form.add(this.content, 2);
		form.add(this.lead, this.assisting, this.recurrence, this.deadline, this.endsOn, this.occurrences, this.urgency,
				this.category);
		Span materialLabel = new Span(getTranslation("task.material.with-task"));
		materialLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		this.materialBlock.add(materialLabel, this.material);
		form.add(this.materialBlock, 2);
		add(form);
		this.save.setText(getTranslation("action.save"));
		this.save.setId("task-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> {
			try {
				if (this.recurrence.getValue() != null) {
					series.create(new SeriesCommand(command(), this.recurrence.getValue(), null, this.endsOn.getValue(),
							this.occurrences.getValue()));
					close();
					Notifications.success(getTranslation("task.series-created", this.title.getValue()));
					onSeriesCreated.run();
					return;
				}
				TaskDetails created = tasks.create(command(), this.material.files());
				close();
				Notifications.success(getTranslation("task.created", created.title()));
				onCreated.accept(created.id());
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.save);
	}

	/**
	 * A recurring task has no single deadline: each occurrence is due at its period's
	 * end.
	 */
	private void showRecurrence() {
		boolean recurring = this.recurrence.getValue() != null;
		this.deadline.setVisible(!recurring);
		this.endsOn.setVisible(recurring);
		this.occurrences.setVisible(recurring);
		// material goes with one task; a series' occurrences are created later, one by
		// one
		this.materialBlock.setVisible(!recurring);
	}

	TaskCommand command() {
		DepartmentRef leadValue = this.lead.getValue();
		return new TaskCommand(this.title.getValue(), this.content.getValue(), this.category.getValue(),
				this.urgency.getValue(), leadValue == null ? null : leadValue.id(),
				this.assisting.getValue().stream().map(DepartmentRef::id).collect(Collectors.toSet()),
				this.deadline.getValue());
	}

}
