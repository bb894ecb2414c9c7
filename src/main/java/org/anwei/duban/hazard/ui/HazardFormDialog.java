package org.anwei.duban.hazard.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.evidence.ui.EvidenceUpload;
import org.anwei.duban.hazard.HazardCommand;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.HazardType;
import org.anwei.duban.hazard.ListingLevel;
import org.anwei.duban.organization.DepartmentRef;
import org.jspecify.annotations.Nullable;

/**
 * Registers a hazard, or edits one. One column on a phone; photos come from the camera.
 * The 五落实 fields are marked required as soon as the level is major, and the service names
 * every missing or wrong field next to it; nothing typed is lost on a refusal.
 */
public class HazardFormDialog extends Dialog {

	final DatePicker foundOn = new DatePicker();

	final Select<HazardSource> source = new Select<>();

	final TextField unitName = new TextField();

	final TextField creditCode = new TextField();

	final Select<DirectiveCategory> industry = new Select<>();

	final ComboBox<String> district = new ComboBox<>();

	final TextField street = new TextField();

	final TextField address = new TextField();

	final BigDecimalField latitude = new BigDecimalField();

	final BigDecimalField longitude = new BigDecimalField();

	final TextArea description = new TextArea();

	final Select<HazardLevel> level = new Select<>();

	final Select<HazardType> type = new Select<>();

	final ComboBox<DepartmentRef> responsible = new ComboBox<>();

	final ComboBox<DepartmentRef> supervising = new ComboBox<>();

	final TextField owner = new TextField();

	final TextArea measures = new TextArea();

	final BigDecimalField funds = new BigDecimalField();

	final DatePicker timeLimit = new DatePicker();

	final TextArea emergencyPlan = new TextArea();

	final Select<ListingLevel> listingLevel = new Select<>();

	final TextField listingDocument = new TextField();

	final Button save = new Button();

	final EvidenceUpload photos = new EvidenceUpload("hazard-photos").withCamera();

	private final FormErrors errors = new FormErrors(this);

	private final List<DepartmentRef> directory;

	/** Saves what the form holds; returns the hazard's id. */
	public interface Saver {

		long save(HazardCommand command, List<Upload> photos);

	}

	/**
	 * @param existing the hazard to edit, or null to register a new one
	 * @param ownDepartment a liaison's department, fixed as the responsible one; null for
	 * staff
	 */
	public HazardFormDialog(HazardService service, List<DepartmentRef> directory, List<String> districts,
			@Nullable HazardDetails existing, @Nullable Long ownDepartment, LongConsumer onSaved) {
		this(directory, districts, existing == null ? null : existing.toCommand(), existing != null,
				existing == null ? (command, photos) -> service.register(command, photos).id()
						: (command, photos) -> service.update(existing.id(), existing.version(), command).id(),
				ownDepartment, onSaved);
	}

	/**
	 * A new hazard that something else found (an inspection): the form starts from
	 * {@code found}, and {@code saver} registers it where it belongs.
	 */
	public static HazardFormDialog forFinding(List<DepartmentRef> directory, List<String> districts,
			HazardCommand found, Saver saver, LongConsumer onSaved) {
		HazardFormDialog dialog = new HazardFormDialog(directory, districts, found, false, saver, null, onSaved);
		// the finder decides the source (an unannounced visit finds 暗访 hazards)
		dialog.source.setReadOnly(true);
		return dialog;
	}

	private HazardFormDialog(List<DepartmentRef> directory, List<String> districts, @Nullable HazardCommand start,
			boolean editing, Saver saver, @Nullable Long ownDepartment, LongConsumer onSaved) {
		this.directory = directory.stream().filter(DepartmentRef::active).toList();
		setHeaderTitle(getTranslation(editing ? "hazard.edit" : "hazard.register"));
		setWidth("min(56rem, 100vw)");
		setId("hazard-form");
		configureFields(districts);
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
		form.add(this.unitName, this.creditCode, this.district, this.street, this.address, this.industry, this.latitude,
				this.longitude, this.foundOn, this.source, this.level, this.type);
		form.add(this.description, 2);
		form.add(new H4(getTranslation("hazard.five-assurances")), 2);
		form.add(this.responsible, this.supervising, this.owner, this.funds, this.timeLimit, this.listingLevel);
		form.add(this.measures, 2);
		form.add(this.emergencyPlan, 2);
		form.add(this.listingDocument);
		add(form);
		if (!editing) {
			add(this.photos);
		}
		bindErrors();
		this.foundOn.setValue(LocalDate.now(org.anwei.duban.base.ui.DisplayTime.ZONE));
		this.source.setValue(HazardSource.INSPECTION);
		this.level.setValue(HazardLevel.GENERAL);
		if (start != null) {
			fill(start);
		}
		if (ownDepartment != null) {
			this.directory.stream()
				.filter(d -> d.id() == ownDepartment)
				.findFirst()
				.ifPresent(this.responsible::setValue);
			this.responsible.setReadOnly(true);
		}
		this.save.setText(getTranslation(editing ? "action.save" : "hazard.register"));
		this.save.setId("hazard-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> {
			try {
				long id = saver.save(command(), this.photos.files());
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
		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		cancel.setId("hazard-cancel");
		getFooter().add(cancel, this.save);
	}

	private void configureFields(List<String> districts) {
		label(this.foundOn, "foundOn", true);
		label(this.source, "source", true);
		this.source.setItems(HazardSource.values());
		this.source.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
		label(this.unitName, "unitName", true);
		label(this.creditCode, "creditCode", false);
		this.creditCode.setMaxLength(24);
		label(this.industry, "industry", true);
		this.industry.setItems(DirectiveCategory.values());
		this.industry.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
		label(this.district, "district", true);
		this.district.setItems(districts);
		label(this.street, "street", false);
		label(this.address, "address", true);
		label(this.latitude, "latitude", false);
		label(this.longitude, "longitude", false);
		label(this.description, "description", true);
		label(this.level, "level", true);
		this.level.setItems(HazardLevel.values());
		this.level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
		this.level.addValueChangeListener(e -> markMajorFields(e.getValue() == HazardLevel.MAJOR));
		label(this.type, "type", true);
		this.type.setItems(HazardType.values());
		this.type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
		label(this.responsible, "responsibleDepartment", true);
		this.responsible.setItems(this.directory);
		this.responsible.setItemLabelGenerator(DepartmentRef::name);
		label(this.supervising, "supervisingDepartment", false);
		this.supervising.setItems(this.directory);
		this.supervising.setItemLabelGenerator(DepartmentRef::name);
		this.supervising.setClearButtonVisible(true);
		label(this.owner, "rectificationOwner", false);
		label(this.measures, "measures", false);
		label(this.funds, "funds", false);
		label(this.timeLimit, "timeLimit", true);
		label(this.emergencyPlan, "emergencyPlan", false);
		label(this.listingLevel, "listingLevel", false);
		this.listingLevel.setItems(ListingLevel.values());
		this.listingLevel.setEmptySelectionAllowed(true);
		this.listingLevel.setEmptySelectionCaption(getTranslation("hazard.not-listed"));
		this.listingLevel
			.setItemLabelGenerator(l -> l == null ? getTranslation("hazard.not-listed") : getTranslation(l.labelKey()));
		label(this.listingDocument, "listingDocument", false);
	}

	private void label(com.vaadin.flow.component.HasLabel field, String name, boolean required) {
		field.setLabel(getTranslation("field.hazard." + name));
		((com.vaadin.flow.component.Component) field).setId("hazard-" + name);
		if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
			value.setRequiredIndicatorVisible(required);
		}
	}

	/** 五落实 become required for a major hazard; the service enforces it either way. */
	private void markMajorFields(boolean major) {
		this.owner.setRequiredIndicatorVisible(major);
		this.measures.setRequiredIndicatorVisible(major);
		this.funds.setRequiredIndicatorVisible(major);
		this.emergencyPlan.setRequiredIndicatorVisible(major);
		this.listingLevel.setEnabled(major);
		this.listingDocument.setEnabled(major);
	}

	private void bindErrors() {
		this.errors.bind("hazard.foundOn", this.foundOn)
			.bind("hazard.source", this.source)
			.bind("hazard.unitName", this.unitName)
			.bind("hazard.creditCode", this.creditCode)
			.bind("hazard.industry", this.industry)
			.bind("hazard.district", this.district)
			.bind("hazard.street", this.street)
			.bind("hazard.address", this.address)
			.bind("hazard.coordinates", this.latitude)
			.bind("hazard.description", this.description)
			.bind("hazard.level", this.level)
			.bind("hazard.type", this.type)
			.bind("hazard.responsibleDepartment", this.responsible)
			.bind("hazard.supervisingDepartment", this.supervising)
			.bind("hazard.rectificationOwner", this.owner)
			.bind("hazard.measures", this.measures)
			.bind("hazard.funds", this.funds)
			.bind("hazard.timeLimit", this.timeLimit)
			.bind("hazard.emergencyPlan", this.emergencyPlan)
			.bind("hazard.listingLevel", this.listingLevel)
			.bind("hazard.listingDocument", this.listingDocument);
	}

	private void fill(HazardCommand c) {
		this.foundOn.setValue(c.foundOn());
		this.source.setValue(c.source());
		this.unitName.setValue(c.unitName());
		this.creditCode.setValue(c.creditCode() == null ? "" : c.creditCode());
		this.industry.setValue(c.industry());
		this.district.setValue(c.district());
		this.street.setValue(c.street() == null ? "" : c.street());
		this.address.setValue(c.address());
		this.latitude.setValue(c.latitude());
		this.longitude.setValue(c.longitude());
		this.description.setValue(c.description());
		this.level.setValue(c.level());
		this.type.setValue(c.type());
		this.directory.stream()
			.filter(d -> c.responsibleDepartmentId() != null && d.id() == c.responsibleDepartmentId())
			.findFirst()
			.ifPresent(this.responsible::setValue);
		this.directory.stream()
			.filter(d -> c.supervisingDepartmentId() != null && d.id() == c.supervisingDepartmentId())
			.findFirst()
			.ifPresent(this.supervising::setValue);
		this.owner.setValue(c.rectificationOwner() == null ? "" : c.rectificationOwner());
		this.measures.setValue(c.measures() == null ? "" : c.measures());
		this.funds.setValue(c.funds());
		this.timeLimit.setValue(c.timeLimit());
		this.emergencyPlan.setValue(c.emergencyPlan() == null ? "" : c.emergencyPlan());
		this.listingLevel.setValue(c.listingLevel());
		this.listingDocument.setValue(c.listingDocument() == null ? "" : c.listingDocument());
	}

	HazardCommand command() {
		DepartmentRef lead = this.responsible.getValue();
		DepartmentRef watch = this.supervising.getValue();
		String chosenDistrict = this.district.getValue();
		BigDecimal lat = this.latitude.getValue();
		BigDecimal lon = this.longitude.getValue();
		return new HazardCommand(this.foundOn.getValue(), this.source.getValue(), this.unitName.getValue(),
				this.creditCode.getValue(), this.industry.getValue(), chosenDistrict == null ? "" : chosenDistrict,
				this.street.getValue(), this.address.getValue(), lat, lon, this.description.getValue(),
				this.level.getValue(), this.type.getValue(), lead == null ? null : lead.id(),
				watch == null ? null : watch.id(), this.owner.getValue(), this.measures.getValue(),
				this.funds.getValue(), this.timeLimit.getValue(), this.emergencyPlan.getValue(),
				this.listingLevel.getValue(), this.listingDocument.getValue(), null);
	}

	/** Keeps a photo until the hazard is registered. Public for browserless tests. */
	public void receive(String filename, byte[] content) {
		this.photos.receive(filename, content);
	}

}
