package org.anwei.duban.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;

/**
 * Turns service errors into sentences in the user's language. A field error's message
 * gets the translated field name as its first argument, so every message names the field
 * ("编码不能为空" / "Code is required").
 */
public final class ErrorMessages {

	private ErrorMessages() {
	}

	public static String of(Component component, FieldError error) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(component.getTranslation("field." + error.field()));
		arguments.addAll(error.arguments());
		return component.getTranslation(error.messageKey(), arguments.toArray());
	}

	public static String of(Component component, ValidationException exception) {
		return exception.errors().stream().map(e -> of(component, e)).collect(Collectors.joining("\n"));
	}

}
