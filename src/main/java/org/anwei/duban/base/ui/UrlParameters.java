package org.anwei.duban.base.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Filters kept in a list's URL, so a filtered list can be bookmarked or sent as a link:
 * written as plain text (enums by name), read back leniently — a hand-edited URL with a
 * bad value shows the list without that filter rather than an error.
 */
public final class UrlParameters {

	private UrlParameters() {
	}

	/** Adds a filter's value, if it has one. */
	public static void put(Map<String, String> parameters, String name, @Nullable Object value) {
		if (value != null) {
			parameters.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
		}
	}

	/** Shows the filters in the address bar without a new history entry. */
	public static void show(com.vaadin.flow.component.Component view, String route, Map<String, String> parameters) {
		view.getUI()
			.ifPresent(ui -> ui.getPage()
				.getHistory()
				.replaceState(null, new com.vaadin.flow.router.Location(route,
						com.vaadin.flow.router.QueryParameters.simple(parameters))));
	}

	public static Optional<LocalDate> date(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public static Optional<YearMonth> month(String text) {
		try {
			return Optional.of(YearMonth.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An id; a hand-edited address with a bad value shows the list without that filter.
	 */
	public static Optional<Long> number(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
		return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst();
	}

}
