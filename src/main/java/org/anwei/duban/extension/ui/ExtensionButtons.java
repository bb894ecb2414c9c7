package org.anwei.duban.extension.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;

import org.anwei.duban.base.ui.ActionButtons;
import org.anwei.duban.base.ui.TextDialog;

/**
 * The buttons of an extension request on a record's page, the same for tasks and hazards:
 * the responsible department's request, and staff's approve and reject.
 */
public final class ExtensionButtons {

	private ExtensionButtons() {
	}

	/** Asks for a day later than {@code current}, with a reason. */
	public static Button request(String id, LocalDate current, BiConsumer<String, LocalDate> onSend) {
		return ActionButtons.of(id, label("extension.request"), false,
				() -> new ExtensionDialog(current, onSend).open());
	}

	/**
	 * Approve (a comment may be given) and reject (a reason is required) for the pending
	 * request; {@code onDecide} gets whether it was approved and the text.
	 */
	public static List<Button> decide(BiConsumer<Boolean, String> onDecide) {
		return List
			.of(ActionButtons.of("extension-approve", label("task.extension.approve"), true,
					() -> new TextDialog("task.extension.approve", "field.extension.comment", "extension.comment",
							false, text -> onDecide.accept(true, text))
						.open()),
					ActionButtons.of("extension-reject", label("task.extension.reject"), false,
							() -> new TextDialog("task.extension.reject", "field.extension.comment",
									"extension.comment", true, text -> onDecide.accept(false, text))
								.open()));
	}

	private static String label(String key) {
		return new com.vaadin.flow.component.html.Span().getTranslation(key);
	}

}
