package org.anwei.duban.evidence.ui;

import java.util.List;

import com.vaadin.flow.component.upload.Upload;

import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.base.ui.ReceivedFiles;
import org.anwei.duban.base.ui.UploadTexts;

/**
 * Photos, PDFs and Office documents picked for a report or a new task. The browser
 * filters by type and size as a courtesy; the server holds at most
 * {@link org.anwei.duban.evidence.Upload#MAX_FILES} files of at most 10 MB each in
 * temporary files (never in the session's memory), checks every file by its content when
 * the form is sent, and deletes them when the form closes.
 */
public class EvidenceUpload extends Upload {

	private final ReceivedFiles received = new ReceivedFiles(org.anwei.duban.evidence.Upload.MAX_BYTES,
			org.anwei.duban.evidence.Upload.MAX_FILES);

	public EvidenceUpload(String id) {
		setUploadHandler(this.received.handler(this, file -> {
		}));
		setMaxFiles(org.anwei.duban.evidence.Upload.MAX_FILES);
		setMaxFileSize(org.anwei.duban.evidence.Upload.MAX_BYTES);
		setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png", ".pdf", ".doc", ".docx", ".xls",
				".xlsx");
		addFileRejectedListener(e -> Notifications.error(getTranslation("task.file-rejected", e.getFileName())));
		addFileRemovedListener(e -> this.received.remove(e.getFileName()));
		setId(id);
		UploadTexts.localize(this);
	}

	/**
	 * Opens the phone's camera rather than the file picker, for photos taken on the spot
	 * (an inspector registering a hazard).
	 */
	public EvidenceUpload withCamera() {
		getElement().setProperty("capture", "environment");
		return this;
	}

	/** Keeps an uploaded file until the form is sent. Public for browserless tests. */
	public void receive(String filename, byte[] content) {
		this.received.add(filename, content);
	}

	/** The files as the service takes them, read from their temporary files now. */
	public List<org.anwei.duban.evidence.Upload> files() {
		return this.received.files()
			.stream()
			.map(f -> new org.anwei.duban.evidence.Upload(f.name(), f.bytes()))
			.toList();
	}

}
