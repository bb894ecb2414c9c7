package org.anwei.duban.base.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

/**
 * Shows a result that is being counted elsewhere (a page's slower parts) when it comes:
 * at once when it is ready, otherwise in the UI's thread once counted while the browser
 * polls for it. A UI gone meanwhile (tab closed) just drops it.
 */
public final class LateResult {

	/** How often the browser asks while a page waits for its own figures. */
	public static final int POLL_MILLIS = 150;

	private LateResult() {
	}

	/**
	 * Hands {@code result} to {@code show}, or its failure to {@code failed}, in the UI's
	 * thread. Call in the UI's thread.
	 * @return completes once the hand-over is done or queued for the UI's thread
	 */
	public static <T> CompletableFuture<Void> show(UI ui, CompletableFuture<T> result, Consumer<T> show,
			Consumer<RuntimeException> failed) {
		if (result.isDone()) {
			handOver(result, show, failed);
			return CompletableFuture.completedFuture(null);
		}
		Registration polling = Polling.every(ui, POLL_MILLIS);
		return result.handle((value, error) -> null).thenAccept(done -> {
			try {
				ui.access(() -> {
					polling.remove();
					handOver(result, show, failed);
				});
			}
			catch (UIDetachedException gone) {
				// nobody to show it to
			}
		});
	}

	private static <T> void handOver(CompletableFuture<T> result, Consumer<T> show, Consumer<RuntimeException> failed) {
		T value;
		try {
			value = result.join();
		}
		catch (CompletionException ex) {
			failed.accept(ex.getCause() instanceof RuntimeException cause ? cause : ex);
			return;
		}
		show.accept(value);
	}

}
