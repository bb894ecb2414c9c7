package org.anwei.duban.base.ui;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The files one upload component received, each in a temporary file until the form that
 * holds them is sent or closed: nothing of an upload stays in the session's memory. The
 * server enforces the limits (the browser's are a courtesy): at most {@code maxFiles}
 * files of at most {@code maxBytes} each; a larger request is refused before it is read
 * (HTTP 413) and a file that turns out larger while streaming is dropped. The files are
 * deleted when the component is detached (its dialog closed or view left).
 */
public final class ReceivedFiles implements Serializable {

	/** A received file: the name the browser gave and where its bytes wait. */
	public record ReceivedFile(String name, String location, long size) implements Serializable {

		public Path path() {
			return Path.of(this.location);
		}

		public byte[] bytes() {
			try {
				return Files.readAllBytes(path());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private final long maxBytes;

	private final int maxFiles;

	private final List<ReceivedFile> files = new CopyOnWriteArrayList<>();

	public ReceivedFiles(long maxBytes, int maxFiles) {
		this.maxBytes = maxBytes;
		this.maxFiles = maxFiles;
	}

	/**
	 * The server side of an upload component: streams each file to a temporary file
	 * within the limits and hands it to {@code onReceived} in the UI's thread. The files
	 * are deleted when {@code owner} is detached.
	 */
	public UploadHandler handler(Component owner, Consumer<ReceivedFile> onReceived) {
		owner.addDetachListener(e -> discard());
		return new BoundedUploadHandler(this, onReceived);
	}

	/** Keeps bytes received another way (a browserless test) under the same limits. */
	public ReceivedFile add(String name, byte[] content) {
		if (content.length > this.maxBytes) {
			throw new IllegalArgumentException("larger than " + this.maxBytes + " bytes");
		}
		try {
			Path path = newFile();
			Files.write(path, content);
			return accept(new ReceivedFile(name, path.toString(), content.length));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<ReceivedFile> files() {
		return List.copyOf(this.files);
	}

	/** The user took a file off the list before sending the form. */
	public void remove(String name) {
		for (ReceivedFile file : this.files) {
			if (file.name().equals(name)) {
				delete(file.path());
				this.files.remove(file);
				return;
			}
		}
	}

	/** Deletes every file received so far (the form was sent or closed). */
	public void discard() {
		for (ReceivedFile file : this.files) {
			delete(file.path());
		}
		this.files.clear();
	}

	long maxBytes() {
		return this.maxBytes;
	}

	int maxFiles() {
		return this.maxFiles;
	}

	boolean full() {
		return this.files.size() >= this.maxFiles;
	}

	ReceivedFile accept(ReceivedFile file) {
		if (full()) {
			delete(file.path());
			throw new IllegalStateException("more than " + this.maxFiles + " files");
		}
		this.files.add(file);
		return file;
	}

	static Path newFile() throws IOException {
		Path path = Files.createTempFile("anwei-upload-", ".part");
		path.toFile().deleteOnExit();
		return path;
	}

	static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// the temporary folder is cleaned by the system and deleteOnExit
		}
	}

	/** Runs {@code action} in the UI's thread when the upload came with a UI. */
	static void inUi(UI ui, Runnable action) {
		if (ui == null) {
			action.run();
		}
		else {
			ui.access(action::run);
		}
	}

}
