package org.anwei.duban.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;

/**
 * Streams uploads into temporary files within {@link ReceivedFiles}' limits. A request
 * whose declared length exceeds the limit is answered 413 before its body is read; a
 * request without a length, or lying about it, is cut off when the bytes pass the limit.
 */
final class BoundedUploadHandler implements UploadHandler {

	/** Room for the multipart headers around one file. */
	private static final long ENVELOPE = 64 * 1024;

	private final ReceivedFiles store;

	private final Consumer<ReceivedFiles.ReceivedFile> onReceived;

	BoundedUploadHandler(ReceivedFiles store, Consumer<ReceivedFiles.ReceivedFile> onReceived) {
		this.store = store;
		this.onReceived = onReceived;
	}

	@Override
	public void handleRequest(VaadinRequest request, VaadinResponse response, VaadinSession session, Element owner)
			throws IOException {
		if (request.getContentLengthLong() > getRequestSizeMax()) {
			response.setStatus(413);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("File too large: at most " + this.store.maxBytes() / (1024 * 1024) + " MB");
			return;
		}
		UploadHandler.super.handleRequest(request, response, session, owner);
	}

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		if (this.store.full()) {
			event.reject("at most " + this.store.maxFiles() + " files");
			return;
		}
		Path path = ReceivedFiles.newFile();
		long size = copyAtMost(event.getInputStream(), path, this.store.maxBytes());
		if (size < 0) {
			ReceivedFiles.delete(path);
			event.reject(tooLarge());
			return;
		}
		ReceivedFiles.ReceivedFile file = new ReceivedFiles.ReceivedFile(event.getFileName(), path.toString(), size);
		ReceivedFiles.inUi(event.getUI(), () -> {
			try {
				this.onReceived.accept(this.store.accept(file));
			}
			catch (IllegalStateException tooMany) {
				// another upload of the same component came first
			}
		});
	}

	/**
	 * The framework answers 422 for refused files; a file refused for its size is 413, as
	 * when its declared length was too large.
	 */
	@Override
	public void responseHandled(UploadResult result) {
		UploadHandler.super.responseHandled(result);
		if (result.allRejected() && result.rejectedFiles().stream().allMatch(f -> tooLarge().equals(f.reason()))) {
			result.response().setStatus(413);
		}
	}

	private String tooLarge() {
		return "larger than " + this.store.maxBytes() / (1024 * 1024) + " MB";
	}

	/** Bytes copied, or -1 when there were more than {@code limit}. */
	private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				total += read;
				if (total > limit) {
					return -1;
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	@Override
	public long getRequestSizeMax() {
		return this.store.maxBytes() + ENVELOPE;
	}

	@Override
	public long getFileSizeMax() {
		return this.store.maxBytes();
	}

	@Override
	public long getFileCountMax() {
		return this.store.maxFiles();
	}

}
