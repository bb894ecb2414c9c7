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
 * A check on site with a yes/no outcome, what was found and photos taken there: the
 * acceptance check (验收) of a rectified hazard, where the reason is required when it
 * fails, and the second look of a re-inspection (回头看), where the finding always is.
 */
class OutcomeDialog extends Dialog {

	/** What the dialog hands to the service. */
	interface Decision {

		void decide(boolean passed, String conclusion, List<Upload> photos);

	}

	/**
	 * The words and ids of one kind of check.
	 *
	 * @param id prefix of the component ids, as in {@code acceptance-confirm}
	 * @param field the service's field name of the text, for its error message
	 * @param textRequired the text is required whatever the outcome (else only for "no")
	 */
	record Kind(String id, String titleKey, String yesKey, String noKey, String field, String textKey,
			boolean textRequired) {

		static final Kind ACCEPTANCE = new Kind("acceptance", "hazard.accept", "hazard.action.pass",
				"hazard.action.fail", "hazard.conclusion", "field.hazard.conclusion", false);

		static final Kind RECHECK = new Kind("recheck", "recheck.record", "recheck.status.held",
				"recheck.status.rebound", "recheck.finding", "field.recheck.finding", true);

	}

	final RadioButtonGroup<Boolean> passed = new RadioButtonGroup<>();

	final TextArea conclusion = new TextArea();

	final Button confirm = new Button();

	private final EvidenceUpload photos;

	private final FormErrors errors = new FormErrors(this);

	OutcomeDialog(Kind kind, Decision onDecide) {
		this.photos = new EvidenceUpload(kind.id() + "-photos").withCamera();
		setHeaderTitle(getTranslation(kind.titleKey()));
		setWidth("min(40rem, 100vw)");
		setId(kind.id() + "-dialog");
		this.passed.setId(kind.id() + "-passed");
		this.passed.setLabel(getTranslation("hazard.accept.result"));
		this.passed.setItems(true, false);
		this.passed.setItemLabelGenerator(pass -> getTranslation(pass ? kind.yesKey() : kind.noKey()));
		this.passed.setValue(true);
		this.conclusion.setRequiredIndicatorVisible(kind.textRequired());
		this.passed.addValueChangeListener(
				e -> this.conclusion.setRequiredIndicatorVisible(kind.textRequired() || !e.getValue()));
		this.conclusion.setId(kind.id() + "-conclusion");
		this.conclusion.setLabel(getTranslation(kind.textKey()));
		this.conclusion.setWidthFull();
		this.errors.bind(kind.field(), this.conclusion);
		add(this.passed, this.conclusion, this.photos);
		this.confirm.setText(getTranslation(kind.titleKey()));
		this.confirm.setId(kind.id() + "-confirm");
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
