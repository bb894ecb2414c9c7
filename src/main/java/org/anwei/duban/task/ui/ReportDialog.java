package org.anwei.duban.task.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.base.ui.Notifications;

/**
 * A report with evidence: text plus photos, PDFs or Office documents (checked by content
 * on the server). Nothing is stored until the report is sent; a refused file names itself
 * and the text stays in the dialog.
 */
class ReportDialog extends Dialog {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	final TextArea text = new TextArea();

	final Button send = new Button();

	private final List<org.anwei.duban.task.Upload> files = new ArrayList<>();

	private final FormErrors errors = new FormErrors(this);

	ReportDialog(String titleKey, BiConsumer<String, List<org.anwei.duban.task.Upload>> onSend) {
		setHeaderTitle(getTranslation(titleKey));
		setWidth("min(40rem, 100vw)");
		this.text.setLabel(getTranslation("field.task.text"));
		this.text.setRequiredIndicatorVisible(true);
		this.text.setWidthFull();
		this.text.setId("report-text");
		UI ui = UI.getCurrent();
		Upload upload = new Upload(
				UploadHandler.inMemory((metadata, data) -> ui.access(() -> receive(metadata.fileName(), data))));
		upload.setMaxFileSize(MAX_BYTES);
		upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png", ".pdf", ".doc", ".docx", ".xls",
				".xlsx");
		upload.addFileRejectedListener(e -> Notifications.error(getTranslation("task.file-rejected", e.getFileName())));
		upload.setId("report-upload");
		this.errors.bind("task.text", this.text);
		add(this.text, upload);
		this.send.setText(getTranslation(titleKey));
		this.send.setId("report-send");
		this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.send.addClickListener(e -> {
			try {
				onSend.accept(this.text.getValue(), List.copyOf(this.files));
				close();
			}
			catch (ValidationException ex) {
				this.errors.show(ex);
			}
			catch (ConcurrentEditException ex) {
				// Someone acted on the task meanwhile: say so and keep the input.
				this.errors.show(ex);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.send);
	}

	/** Keeps an uploaded file until the report is sent. Public for browserless tests. */
	public void receive(String filename, byte[] content) {
		this.files.add(new org.anwei.duban.task.Upload(filename, content));
	}

}
