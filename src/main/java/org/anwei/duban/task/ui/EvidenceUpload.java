package org.anwei.duban.task.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.anwei.duban.base.ui.Notifications;

/**
 * Photos, PDFs and Office documents picked for a report or a new task. The browser
 * filters by type and size as a courtesy; the server checks every file by its content
 * when the form is sent, and nothing is stored before.
 */
class EvidenceUpload extends Upload {

	private final List<org.anwei.duban.task.Upload> files = new ArrayList<>();

	EvidenceUpload(String id) {
		UI ui = UI.getCurrent();
		setUploadHandler(
				UploadHandler.inMemory((metadata, data) -> ui.access(() -> receive(metadata.fileName(), data))));
		setMaxFileSize(org.anwei.duban.task.Upload.MAX_BYTES);
		setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png", ".pdf", ".doc", ".docx", ".xls",
				".xlsx");
		addFileRejectedListener(e -> Notifications.error(getTranslation("task.file-rejected", e.getFileName())));
		setId(id);
	}

	/** Keeps an uploaded file until the form is sent. Public for browserless tests. */
	public void receive(String filename, byte[] content) {
		this.files.add(new org.anwei.duban.task.Upload(filename, content));
	}

	List<org.anwei.duban.task.Upload> files() {
		return List.copyOf(this.files);
	}

}
