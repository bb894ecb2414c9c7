package org.anwei.duban.base.ui;

import java.util.List;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The words of an upload component (its button, drop hint, progress and errors) in the
 * user's language: the web component only speaks English by itself.
 */
public final class UploadTexts {

	private UploadTexts() {
	}

	public static <U extends Upload> U localize(U upload) {
		UploadI18N texts = new UploadI18N()
			.setAddFiles(
					new UploadI18N.AddFiles().setOne(t(upload, "upload.add-one")).setMany(t(upload, "upload.add-many")))
			.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop-one"))
				.setMany(t(upload, "upload.drop-many")))
			.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.too-many"))
				.setFileIsTooBig(t(upload, "upload.too-big"))
				.setIncorrectFileType(t(upload, "upload.wrong-type")))
			.setFile(new UploadI18N.File().setRetry(t(upload, "upload.retry"))
				.setStart(t(upload, "upload.start"))
				.setRemove(t(upload, "upload.remove")))
			.setUploading(new UploadI18N.Uploading()
				.setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.connecting"))
					.setStalled(t(upload, "upload.stalled"))
					.setProcessing(t(upload, "upload.processing"))
					.setHeld(t(upload, "upload.held")))
				.setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "upload.remaining"))
					.setUnknown(t(upload, "upload.remaining-unknown")))
				.setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "upload.server-unavailable"))
					.setUnexpectedServerError(t(upload, "upload.server-error"))
					.setForbidden(t(upload, "upload.forbidden"))
					.setFileTooLarge(t(upload, "upload.too-big"))))
			.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
		upload.setI18n(texts);
		return upload;
	}

	private static String t(Upload upload, String key) {
		return upload.getTranslation(key);
	}

}
