package org.anwei.duban;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;

/**
 * Waits in a Karibu test for {@link org.anwei.duban.base.ui.BackgroundWork}: runs the
 * UI's queued updates until the download is offered, and returns the file's bytes.
 */
public final class BackgroundDownloads {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private BackgroundDownloads() {
	}

	/** The offered file; fails with the notification's text when the work failed. */
	public static byte[] await() {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			// Whether it still runs is asked first: the work may end on its own thread
			// between two looks, and a notification it opens is only attached to the UI
			// when the queue runs again.
			boolean wasRunning = running();
			MockVaadin.runUIQueue(false);
			List<Anchor> offered = LocatorJ._find(Anchor.class, spec -> spec.withId("background-download"));
			if (!offered.isEmpty()) {
				return DownloadKt._download(offered.getFirst());
			}
			if (!wasRunning) {
				throw new AssertionError("Background work ended without a file: " + NotificationsKt.getNotifications()
					.stream()
					.map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
					.toList());
			}
			pause();
		}
		throw new AssertionError("No file within " + PATIENCE);
	}

	/** Runs the queued updates until the progress notification is gone. */
	public static void awaitDone() {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			boolean wasRunning = running();
			MockVaadin.runUIQueue(false);
			if (!wasRunning) {
				return;
			}
			pause();
		}
		throw new AssertionError("Background work not done within " + PATIENCE);
	}

	/**
	 * Whether the progress notification is open (a closed one stays until the browser
	 * says so).
	 */
	private static boolean running() {
		return LocatorJ._find(Notification.class, spec -> spec.withId("background-progress"))
			.stream()
			.anyMatch(Notification::isOpened);
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
