package org.anwei.duban.base.ui;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A link that downloads an Excel workbook written when it is clicked. The workbook goes
 * to a temporary file first — exports stream, so memory stays bounded whatever their size
 * — and the file is removed once it has been sent.
 */
public final class SpreadsheetDownload {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Writes the workbook. */
	public interface Writer extends Serializable {

		void write(OutputStream out) throws IOException;

	}

	private SpreadsheetDownload() {
	}

	public static Anchor of(String id, String label, SerializableSupplier<String> fileName, Writer writer) {
		Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
			File file = File.createTempFile("export", ".xlsx");
			try (OutputStream out = new FileOutputStream(file)) {
				writer.write(out);
			}
			InputStream sent = new FileInputStream(file) {
				@Override
				public void close() throws IOException {
					super.close();
					Files.deleteIfExists(file.toPath());
				}
			};
			return new DownloadResponse(sent, fileName.get(), XLSX, file.length());
		}), label);
		download.getElement().setAttribute("download", true);
		download.setId(id);
		return download;
	}

}
