package org.anwei.duban.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;

/**
 * Shows a service's verdict on a form: each field error next to its field, anything
 * without a field in a notification. The user's input stays in the form, so nothing typed
 * is lost.
 */
public final class FormErrors {

	private final Component owner;

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	public FormErrors(Component owner) {
		this.owner = owner;
	}

	/**
	 * Registers the component that shows errors of a service field key, e.g.
	 * {@code department.code}.
	 */
	public FormErrors bind(String fieldKey, HasValidation field) {
		this.fields.put(fieldKey, field);
		return this;
	}

	public void clear() {
		this.fields.values().forEach(field -> {
			field.setErrorMessage(null);
			field.setInvalid(false);
		});
	}

	public void show(ValidationException exception) {
		clear();
		StringBuilder unplaced = new StringBuilder();
		for (FieldError error : exception.errors()) {
			HasValidation field = this.fields.get(error.field());
			String message = ErrorMessages.of(this.owner, error);
			if (field != null) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
			else {
				unplaced.append(message).append('\n');
			}
		}
		if (!unplaced.isEmpty()) {
			Notifications.error(unplaced.toString().strip());
		}
	}

	/**
	 * Someone else saved first: say so, and keep the user's input on screen to re-apply
	 * after reloading.
	 */
	public void show(ConcurrentEditException exception) {
		Notifications.error(
				this.owner.getTranslation("error.concurrent-edit", this.owner.getTranslation(exception.entityKey())));
	}

}
