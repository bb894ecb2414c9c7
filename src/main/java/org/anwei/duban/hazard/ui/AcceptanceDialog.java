package org.anwei.duban.hazard.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.evidence.ui.EvidenceUpload;

/**
 * The acceptance check (验收) of a rectified hazard: passed or not, the conclusion (the
 * reason is required when it fails), and photos taken at the check.
 */
class AcceptanceDialog extends Dialog {

	/** What the dialog hands to the service. */
	interface Decision {

		void decide(boolean passed, String conclusion, List<Upload> photos);

	}

	final RadioButtonGroup<Boolean> passed = new RadioButtonGroup<>();

	final TextArea conclusion = new TextArea();

	final Button confirm = new Button();

	private final EvidenceUpload photos = new EvidenceUpload("acceptance-photos").withCamera();

	private final FormErrors errors = new FormErrors(this);

	AcceptanceDialog(Decision onDecide) {
		setHeaderTitle(getTranslation("hazard.accept"));
		setWidth("min(40rem, 100vw)");
		setId("acceptance-dialog");
		this.passed.setId("acceptance-passed");
		this.passed.setLabel(getTranslation("hazard.accept.result"));
		this.passed.setItems(true, false);
		this.passed.setItemLabelGenerator(pass -> getTranslation(pass ? "hazard.action.pass" : "hazard.action.fail"));
		this.passed.setValue(true);
		this.passed.addValueChangeListener(e -> this.conclusion.setRequiredIndicatorVisible(!e.getValue()));
		this.conclusion.setId("acceptance-conclusion");
		this.conclusion.setLabel(getTranslation("field.hazard.conclusion"));
		this.conclusion.setWidthFull();
		this.errors.bind("hazard.conclusion", this.conclusion);
		add(this.passed, this.conclusion, this.photos);
		this.confirm.setText(getTranslation("hazard.accept"));
		this.confirm.setId("acceptance-confirm");
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(e -> {
			try {
				onDecide.decide(Boolean.TRUE.equals(this.passed.getValue()), this.conclusion.getValue(),
						this.photos.files());
				close();
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
			catch (ConcurrentEditException ex) {
				this.errors.show(ex);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.confirm);
	}

}
