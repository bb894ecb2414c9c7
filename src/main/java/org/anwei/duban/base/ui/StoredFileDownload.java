package org.anwei.duban.base.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.anwei.duban.base.documents.FileTypes;

/**
 * Serves a file a user uploaded: with the type its bytes are (never the one its name or
 * the uploader claimed), shown in the browser only when it is a photo or a PDF and saved
 * otherwise ({@code Content-Disposition: attachment}), under a name whose extension
 * matches what it is, and never sniffed ({@code nosniff}).
 */
public final class StoredFileDownload implements DownloadHandler {

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", ".jpg", "image/png", ".png",
			"application/pdf", ".pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			".docx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "application/msword",
			".doc", "application/vnd.ms-excel", ".xls", "text/plain", ".txt");

	private final SerializableSupplier<byte[]> content;

	private final String filename;

	private StoredFileDownload(SerializableSupplier<byte[]> content, String filename) {
		this.content = content;
		this.filename = filename;
	}

	public static StoredFileDownload of(SerializableSupplier<byte[]> content, String filename) {
		return new StoredFileDownload(content, filename);
	}

	@Override
	public void handleDownloadRequest(DownloadEvent event) throws IOException {
		byte[] bytes = this.content.get();
		String type = FileTypes.detect(bytes, this.filename);
		String name = nameFor(this.filename, type);
		event.setContentType(type);
		if (FileTypes.inline(type)) {
			event.inline(name);
		}
		else {
			event.setFileName(name);
			event.getResponse().setHeader("Content-Disposition", ContentDisposition.attachment(name));
		}
		event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
		event.setContentLength(bytes.length);
		event.getOutputStream().write(bytes);
	}

	/**
	 * The stored name, with the extension of what the file is when its own says
	 * otherwise.
	 */
	static String nameFor(String filename, String type) {
		String extension = EXTENSIONS.get(type);
		String lower = filename.toLowerCase(Locale.ROOT);
		if (extension == null) {
			return lower.endsWith(".bin") ? filename : filename + ".bin";
		}
		boolean matches = lower.endsWith(extension) || extension.equals(".jpg") && lower.endsWith(".jpeg");
		return matches ? filename : filename + extension;
	}

}
