package org.anwei.duban.accountability.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.anwei.duban.base.ui.UploadTexts;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.ReceivedFiles;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.accountability.AccountabilityCommand;
import org.anwei.duban.accountability.AccountabilityKind;
import org.anwei.duban.accountability.AccountabilityService;
import org.jspecify.annotations.Nullable;

/** Staff record an entry of the accountability register. */
class AccountabilityDialog extends Dialog {

	final Select<AccountabilityKind> kind = new Select<>();

	final DatePicker date = new DatePicker();

	final ComboBox<DepartmentRef> department = new ComboBox<>();

	final TextField persons = new TextField();

	final TextArea summary = new TextArea();

	final TextField decidedBy = new TextField();

	final TextField taskIds = new TextField();

	final TextField hazardNumbers = new TextField();

	final Button save = new Button();

	/** The decision document, in a temporary file until the record is saved. */
	private final ReceivedFiles received = new ReceivedFiles(org.anwei.duban.evidence.Upload.MAX_BYTES, 1);

	private final FormErrors errors = new FormErrors(this);

	AccountabilityDialog(List<DepartmentRef> directory, AccountabilityService register, Runnable onSaved) {
		setHeaderTitle(getTranslation("accountability.new"));
		setWidth("min(40rem, 100vw)");
		this.kind.setLabel(getTranslation("field.accountability.kind"));
		this.kind.setItems(AccountabilityKind.values());
		this.kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
		this.date.setLabel(getTranslation("field.accountability.date"));
		this.department.setLabel(getTranslation("field.accountability.department"));
		this.department.setItems(directory.stream().filter(DepartmentRef::active).toList());
		this.department.setItemLabelGenerator(DepartmentRef::name);
		this.persons.setLabel(getTranslation("field.accountability.persons"));
		this.summary.setLabel(getTranslation("field.accountability.summary"));
		this.decidedBy.setLabel(getTranslation("field.accountability.decidedBy"));
		this.taskIds.setLabel(getTranslation("field.accountability.tasks"));
		this.taskIds.setHelperText(getTranslation("accountability.tasks.help"));
		this.hazardNumbers.setLabel(getTranslation("field.accountability.hazards"));
		this.hazardNumbers.setHelperText(getTranslation("accountability.hazards.help"));
		this.hazardNumbers.setId("accountability-hazards");
		Upload upload = UploadTexts.localize(new Upload());
		upload.setUploadHandler(this.received.handler(upload, file -> {
		}));
		upload.addFileRemovedListener(e -> this.received.remove(e.getFileName()));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(10 * 1024 * 1024);
		this.errors.bind("accountability.kind", this.kind)
			.bind("accountability.date", this.date)
			.bind("accountability.department", this.department)
			.bind("accountability.persons", this.persons)
			.bind("accountability.summary", this.summary)
			.bind("accountability.decidedBy", this.decidedBy)
			.bind("accountability.tasks", this.taskIds)
			.bind("accountability.hazards", this.hazardNumbers);
		FormLayout form = new FormLayout(this.kind, this.date, this.department, this.persons, this.summary,
				this.decidedBy, this.taskIds, this.hazardNumbers, upload);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
		add(form);
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> {
			try {
				register.record(command());
				close();
				Notifications.success(getTranslation("accountability.saved"));
				onSaved.run();
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.save);
	}

	AccountabilityCommand command() {
		DepartmentRef chosen = this.department.getValue();
		return new AccountabilityCommand(this.kind.getValue(), this.date.getValue(),
				chosen == null ? null : chosen.id(), this.persons.getValue(), this.summary.getValue(),
				this.decidedBy.getValue(), ids(), numbers(), document());
	}

	/** Hazard numbers typed as "YH-2026-000123, YH-2026-000130", in upper case. */
	private Set<String> numbers() {
		java.util.Set<String> numbers = new java.util.TreeSet<>();
		for (String part : this.hazardNumbers.getValue().split("[,，、;；\\s]+")) {
			if (!part.isBlank()) {
				numbers.add(part.strip().toUpperCase(java.util.Locale.ROOT));
			}
		}
		return numbers;
	}

	/**
	 * Task numbers typed as "12, 15"; anything not a number is left for the service to
	 * reject.
	 */
	private Set<Long> ids() {
		java.util.Set<Long> ids = new java.util.TreeSet<>();
		for (String part : this.taskIds.getValue().split("[,，、\\s]+")) {
			if (!part.isBlank()) {
				try {
					ids.add(Long.parseLong(part.strip()));
				}
				catch (NumberFormatException ex) {
					ids.add(-1L);
				}
			}
		}
		return ids;
	}

	void receive(String filename, byte[] content) {
		this.received.discard();
		this.received.add(filename, content);
	}

	private org.anwei.duban.evidence.@Nullable Upload document() {
		return this.received.files()
			.stream()
			.findFirst()
			.map(f -> new org.anwei.duban.evidence.Upload(f.name(), f.bytes()))
			.orElse(null);
	}

}
