package org.anwei.duban.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;

/**
 * The buttons of a record page's action bar: each runs one service call, and a refused
 * one (a rule, or someone else's change first) says why in a notification instead of
 * failing the page.
 */
public final class ActionButtons {

	private ActionButtons() {
	}

	public static Button of(String id, String label, boolean primary, Runnable action) {
		Button button = new Button(label);
		button.addClickListener(e -> {
			try {
				action.run();
			}
			catch (ValidationException ex) {
				Notifications.error(ErrorMessages.of(button, ex));
			}
			catch (ConcurrentEditException ex) {
				Notifications
					.error(button.getTranslation("error.concurrent-edit", button.getTranslation(ex.entityKey())));
			}
		});
		button.setId(id);
		if (primary) {
			button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		return button;
	}

}
