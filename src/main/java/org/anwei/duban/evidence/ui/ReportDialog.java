package org.anwei.duban.evidence.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;

/**
 * A report with evidence: text plus photos, PDFs or Office documents (checked by content
 * on the server). Nothing is stored until the report is sent; a refused file names itself
 * and the text stays in the dialog.
 */
public class ReportDialog extends Dialog {

	public final TextArea text = new TextArea();

	public final Button send = new Button();

	final EvidenceUpload upload = new EvidenceUpload("report-upload");

	private final FormErrors errors = new FormErrors(this);

	/** A report on a task: the text is the task's report text. */
	public ReportDialog(String titleKey, BiConsumer<String, List<org.anwei.duban.evidence.Upload>> onSend) {
		this(titleKey, "field.task.text", "task.text", onSend);
	}

	/**
	 * @param labelKey the text field's label
	 * @param fieldKey the service's name for the text, whose errors show on the field
	 */
	public ReportDialog(String titleKey, String labelKey, String fieldKey,
			BiConsumer<String, List<org.anwei.duban.evidence.Upload>> onSend) {
		setHeaderTitle(getTranslation(titleKey));
		setWidth("min(40rem, 100vw)");
		this.text.setLabel(getTranslation(labelKey));
		this.text.setRequiredIndicatorVisible(true);
		this.text.setWidthFull();
		this.text.setId("report-text");
		this.errors.bind(fieldKey, this.text);
		add(this.text, this.upload);
		this.send.setText(getTranslation(titleKey));
		this.send.setId("report-send");
		this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.send.addClickListener(e -> {
			try {
				onSend.accept(this.text.getValue(), this.upload.files());
				close();
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
			catch (ConcurrentEditException ex) {
				// Someone acted on the record meanwhile: say so and keep the input.
				this.errors.show(ex);
			}
		});
		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		cancel.setId("report-cancel");
		getFooter().add(cancel, this.send);
	}

	/** Keeps an uploaded file until the report is sent. Public for browserless tests. */
	public void receive(String filename, byte[] content) {
		this.upload.receive(filename, content);
	}

}
