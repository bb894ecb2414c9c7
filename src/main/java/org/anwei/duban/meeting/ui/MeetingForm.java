package org.anwei.duban.meeting.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.meeting.MeetingCommand;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.organization.DepartmentRef;

/** The meeting's fields. Collects input only; the view saves it and hands errors back. */
class MeetingForm extends FormLayout {

	final TextField title = new TextField();

	final DatePicker date = new DatePicker();

	final Select<MeetingLevel> level = new Select<>();

	final Select<MeetingKind> kind = new Select<>();

	final TextField chair = new TextField();

	final MultiSelectComboBox<DepartmentRef> attending = new MultiSelectComboBox<>();

	final TextArea notes = new TextArea();

	private final FormErrors errors = new FormErrors(this);

	MeetingForm(List<DepartmentRef> directory) {
		this.title.setLabel(getTranslation("field.meeting.title"));
		this.title.setId("meeting-title");
		this.title.setRequiredIndicatorVisible(true);
		this.date.setLabel(getTranslation("field.meeting.date"));
		this.date.setId("meeting-date");
		this.date.setRequiredIndicatorVisible(true);
		this.level.setLabel(getTranslation("field.meeting.level"));
		this.level.setItems(MeetingLevel.values());
		this.level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
		this.level.setValue(MeetingLevel.CITY);
		this.kind.setLabel(getTranslation("field.meeting.kind"));
		this.kind.setItems(MeetingKind.values());
		this.kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
		this.kind.setValue(MeetingKind.PLENARY);
		this.chair.setLabel(getTranslation("field.meeting.chair"));
		this.attending.setLabel(getTranslation("field.meeting.attendingDepartments"));
		this.attending.setItems(directory.stream().filter(DepartmentRef::active).toList());
		this.attending.setItemLabelGenerator(DepartmentRef::name);
		this.notes.setLabel(getTranslation("field.meeting.notes"));
		this.errors.bind("meeting.title", this.title)
			.bind("meeting.date", this.date)
			.bind("meeting.level", this.level)
			.bind("meeting.kind", this.kind)
			.bind("meeting.chair", this.chair)
			.bind("meeting.attendingDepartments", this.attending)
			.bind("meeting.notes", this.notes);
		add(this.title, this.date, this.level, this.kind, this.chair, this.attending, this.notes);
		setColspan(this.title, 2);
		setColspan(this.attending, 2);
		setColspan(this.notes, 2);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
	}

	void fill(MeetingDetails meeting, List<DepartmentRef> directory) {
		this.title.setValue(meeting.title());
		this.date.setValue(meeting.date());
		this.level.setValue(meeting.level());
		this.kind.setValue(meeting.kind());
		this.chair.setValue(meeting.chair() == null ? "" : meeting.chair());
		this.attending.setValue(directory.stream()
			.filter(d -> meeting.attendingDepartmentIds().contains(d.id()))
			.collect(Collectors.toSet()));
		this.notes.setValue(meeting.notes() == null ? "" : meeting.notes());
	}

	MeetingCommand command() {
		Set<Long> attendingIds = this.attending.getValue().stream().map(DepartmentRef::id).collect(Collectors.toSet());
		return new MeetingCommand(this.title.getValue(), this.date.getValue(), this.level.getValue(),
				this.kind.getValue(), this.chair.getValue(), attendingIds, this.notes.getValue());
	}

	void showErrors(ValidationException exception) {
		this.errors.show(exception);
	}

	void setReadOnly(boolean readOnly) {
		getChildren().forEach(c -> c.getElement().setProperty("readonly", readOnly));
	}

}
