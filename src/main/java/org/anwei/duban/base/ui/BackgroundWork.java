package org.anwei.duban.base.ui;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Long work off the request thread: exports and generated documents run on a small pool
 * as the user who asked (their security context), while a notification with a progress
 * bar says what is being made and the user goes on working. The browser polls for the
 * result while something runs; when it is ready a notification offers the file (or the
 * caller shows the result), and a failure is said in the user's language. A full pool
 * refuses new work with a message rather than queueing without end.
 */
@Component
public class BackgroundWork {

	/** The pool's bean name (see {@link BackgroundWorkConfig}). */
	public static final String EXECUTOR = "backgroundWorkExecutor";

	/** How often the browser asks for the result while something runs. */
	static final int POLL_MILLIS = 1000;

	/** Writes a file. */
	public interface Writer {

		void write(OutputStream out) throws IOException;

	}

	private final ExecutorService executor;

	BackgroundWork(@Qualifier(EXECUTOR) ExecutorService executor) {
		this.executor = executor;
	}

	/**
	 * Writes a file in the background; when it is written, a notification (id
	 * {@code background-download}) offers it for download under {@code fileName}.
	 * @param ui the user's UI
	 * @param what translated words for the progress notification ("督办台账")
	 */
	public void download(UI ui, String what, String fileName, String contentType, Writer writer) {
		run(ui, what, () -> {
			try {
				File file = File.createTempFile("anwei-export-", ".part");
				file.deleteOnExit();
				try (OutputStream out = new FileOutputStream(file)) {
					writer.write(out);
				}
				return file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, file -> offer(ui, fileName, contentType, file), BackgroundWork::deleteQuietly);
	}

	/**
	 * Runs {@code work} in the background and hands its result to {@code done} in the
	 * UI's thread.
	 */
	public <T> void run(UI ui, String what, Supplier<T> work, Consumer<T> done) {
		run(ui, what, work, done, result -> {
		});
	}

	/**
	 * As {@link #run(UI, String, Supplier, Consumer)}; {@code abandoned} gets the result
	 * when the user's UI has gone meanwhile (tab closed, session expired).
	 */
	private <T> void run(UI ui, String what, Supplier<T> work, Consumer<T> done, Consumer<T> abandoned) {
		Notification progress = progress(ui, what);
		Registration polling = Polling.every(ui, POLL_MILLIS);
		Runnable task = DelegatingSecurityContextRunnable.create(() -> {
			T result;
			try {
				result = work.get();
			}
			catch (RuntimeException | Error ex) {
				inUi(ui, () -> {
					finish(progress, polling);
					Notifications.error(ErrorMessages.of(ui, what, ex));
				});
				return;
			}
			if (!inUi(ui, () -> {
				finish(progress, polling);
				done.accept(result);
			})) {
				abandoned.accept(result);
			}
		}, null);
		try {
			this.executor.execute(task);
		}
		catch (RejectedExecutionException busy) {
			finish(progress, polling);
			Notifications.error(ui.getTranslation("background.busy"));
		}
	}

	/** Runs the update in the UI's thread; false when the UI is gone. */
	private static boolean inUi(UI ui, Command update) {
		try {
			ui.access(update);
			return true;
		}
		catch (UIDetachedException gone) {
			return false;
		}
	}

	private static Notification progress(UI ui, String what) {
		ProgressBar bar = new ProgressBar();
		bar.setIndeterminate(true);
		bar.setWidth("8em");
		Notification notification = new Notification(
				new HorizontalLayout(new Span(ui.getTranslation("background.running", what)), bar));
		notification.setId("background-progress");
		notification.setPosition(Notification.Position.BOTTOM_END);
		notification.setDuration(0);
		notification.open();
		return notification;
	}

	private static void finish(Notification progress, Registration polling) {
		progress.close();
		polling.remove();
	}

	/**
	 * The ready file as a link in a notification that stays until used or closed; the
	 * file is deleted once sent or when the notification goes.
	 */
	private static void offer(UI ui, String fileName, String contentType, File file) {
		Notification notification = new Notification();
		Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
			InputStream sent = new FileInputStream(file) {
				@Override
				public void close() throws IOException {
					super.close();
					Files.deleteIfExists(file.toPath());
					ui.access(notification::close);
				}
			};
			return new DownloadResponse(sent, fileName, contentType, file.length());
		}), ui.getTranslation("background.download", fileName));
		link.getElement().setAttribute("download", true);
		link.setId("background-download");
		Button close = new Button(ui.getTranslation("action.close"), e -> notification.close());
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		notification.add(new HorizontalLayout(new Span(ui.getTranslation("background.ready")), link, close));
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		notification.setPosition(Notification.Position.BOTTOM_END);
		notification.setDuration(0);
		notification.addOpenedChangeListener(e -> {
			if (!e.isOpened()) {
				deleteQuietly(file);
			}
		});
		notification.open();
	}

	private static void deleteQuietly(File file) {
		try {
			Files.deleteIfExists(file.toPath());
		}
		catch (IOException ex) {
			// deleteOnExit removes it at the latest
		}
	}

}
