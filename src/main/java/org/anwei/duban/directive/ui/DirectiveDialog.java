package org.anwei.duban.directive.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveCommand;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.Recurrence;
import org.anwei.duban.organization.DepartmentRef;
import org.jspecify.annotations.Nullable;

/**
 * Edits a directive or writes a new one: task title, text, lead and assisting
 * departments, words of the text still to be mapped, deadline, recurrence and topics.
 * Collects input only; the view saves it and hands errors back, and the input stays on
 * screen until it is saved.
 */
class DirectiveDialog extends Dialog {

	final TextField title = new TextField();

	final TextArea text = new TextArea();

	final ComboBox<DepartmentRef> lead = new ComboBox<>();

	final MultiSelectComboBox<DepartmentRef> assisting = new MultiSelectComboBox<>();

	final DatePicker deadline = new DatePicker();

	final Select<Recurrence> recurrence = new Select<>();

	final MultiSelectComboBox<DirectiveCategory> categories = new MultiSelectComboBox<>();

	final Button save = new Button();

	private final List<String> unmapped = new ArrayList<>();

	private final Div unmappedChips = new Div();

	private final FormErrors errors = new FormErrors(this);

	DirectiveDialog(List<DepartmentRef> departments, @Nullable DirectiveDetails existing, @Nullable String source,
			Consumer<DirectiveCommand> onSave) {
		setHeaderTitle(getTranslation(existing == null ? "directive.add" : "directive.edit"));
		setId("directive-dialog");
		setWidth("min(48rem, 100vw)");
		List<DepartmentRef> active = departments.stream().filter(DepartmentRef::active).toList();
		this.title.setLabel(getTranslation("field.directive.title"));
		this.title.setId("directive-title");
		this.title.setHelperText(getTranslation("directive.title.helper"));
		this.title.setMaxLength(200);
		this.title.setWidthFull();
		this.text.setLabel(getTranslation("field.directive.text"));
		this.text.setId("directive-text");
		this.text.setRequiredIndicatorVisible(true);
		this.text.setWidthFull();
		this.lead.setLabel(getTranslation("field.directive.lead"));
		this.lead.setId("directive-lead");
		this.lead.setItems(active);
		this.lead.setItemLabelGenerator(DepartmentRef::name);
		this.lead.setClearButtonVisible(true);
		this.assisting.setLabel(getTranslation("field.directive.assisting"));
		this.assisting.setId("directive-assisting");
		this.assisting.setItems(active);
		this.assisting.setItemLabelGenerator(DepartmentRef::name);
		this.deadline.setLabel(getTranslation("field.directive.deadline"));
		this.deadline.setId("directive-deadline");
		this.deadline.setClearButtonVisible(true);
		this.recurrence.setLabel(getTranslation("field.directive.recurrence"));
		this.recurrence.setId("directive-recurrence");
		this.recurrence.setItems(Recurrence.values());
		this.recurrence.setEmptySelectionAllowed(true);
		this.recurrence.setEmptySelectionCaption(getTranslation("directive.recurrence.none"));
		this.recurrence.setItemLabelGenerator(
				r -> r == null ? getTranslation("directive.recurrence.none") : getTranslation(r.labelKey()));
		this.categories.setLabel(getTranslation("field.directive.categories"));
		this.categories.setId("directive-categories");
		this.categories.setItems(DirectiveCategory.values());
		this.categories.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
		this.unmappedChips.setId("directive-unmapped");
		this.errors.bind("directive.title", this.title)
			.bind("directive.text", this.text)
			.bind("directive.lead", this.lead)
			.bind("directive.assisting", this.assisting)
			.bind("directive.deadline", this.deadline);

		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
		if (source != null) {
			Div sourceText = new Div(new Span(getTranslation("directive.source") + "："), new Span(source));
			sourceText.addClassName("directive-dialog-source");
			form.add(sourceText, 2);
		}
		form.add(this.title, 2);
		form.add(this.text, 2);
		form.add(this.lead, this.assisting);
		form.add(this.unmappedChips, 2);
		form.add(this.deadline, this.recurrence);
		form.add(this.categories, 2);
		add(form);

		this.save.setText(getTranslation("action.save"));
		this.save.setId("directive-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> onSave.accept(command()));
		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		getFooter().add(cancel, this.save);
		if (existing != null) {
			fill(existing, active);
		}
		else {
			this.categories.setValue(Set.of(DirectiveCategory.GENERAL));
		}
	}

	private void fill(DirectiveDetails d, List<DepartmentRef> active) {
		this.title.setValue(d.title() == null ? "" : d.title());
		this.text.setValue(d.text());
		d.lead()
			.flatMap(a -> active.stream().filter(r -> a.departmentId() == r.id()).findFirst())
			.ifPresent(this.lead::setValue);
		Set<Long> assistIds = d.assisting().stream().map(a -> a.departmentId()).collect(Collectors.toSet());
		this.assisting.setValue(active.stream().filter(r -> assistIds.contains(r.id())).collect(Collectors.toSet()));
		d.unmapped().forEach(a -> this.unmapped.add(a.mention()));
		this.deadline.setValue(d.deadlineDate());
		this.recurrence.setValue(d.recurrence());
		if (d.deadlinePhrase() != null) {
			this.deadline.setHelperText(getTranslation("directive.deadline.phrase", d.deadlinePhrase()));
		}
		this.categories.setValue(d.categories());
		showUnmapped();
	}

	/**
	 * Words of the text the directory did not know (各县(区), a renamed unit …): staff map
	 * them by choosing departments above and drop them here.
	 */
	private void showUnmapped() {
		this.unmappedChips.removeAll();
		this.unmappedChips.setVisible(!this.unmapped.isEmpty());
		if (this.unmapped.isEmpty()) {
			return;
		}
		this.unmappedChips.add(new Span(getTranslation("field.directive.unmapped") + "："));
		for (String mention : List.copyOf(this.unmapped)) {
			Button chip = new Button(mention + " ✕", e -> {
				this.unmapped.remove(mention);
				showUnmapped();
			});
			chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			chip.setTooltipText(getTranslation("directive.unmapped.drop"));
			this.unmappedChips.add(chip);
		}
	}

	DirectiveCommand command() {
		DepartmentRef leadValue = this.lead.getValue();
		return new DirectiveCommand(this.title.getValue(), this.text.getValue(),
				leadValue == null ? null : leadValue.id(),
				this.assisting.getValue().stream().map(DepartmentRef::id).collect(Collectors.toSet()),
				List.copyOf(this.unmapped), this.deadline.getValue(), this.recurrence.getValue(),
				this.categories.getValue());
	}

	void showErrors(ValidationException exception) {
		this.errors.show(exception);
	}

	void showConflict(ConcurrentEditException exception) {
		this.errors.show(exception);
	}

}
