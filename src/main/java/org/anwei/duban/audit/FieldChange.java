package org.anwei.duban.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** One field of a record that changed: its name and the old and new values as text. */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {

	/**
	 * Compares two snapshots (field name → value, in display order) and returns the
	 * fields whose values differ. A null snapshot stands for "did not exist", so a
	 * creation lists every non-empty field.
	 */
	public static List<FieldChange> between(@Nullable Map<String, ?> before, Map<String, ?> after) {
		Map<String, ?> old = before == null ? Map.of() : before;
		List<FieldChange> changes = new ArrayList<>();
		Map<String, Object> union = new LinkedHashMap<>(after);
		old.forEach(union::putIfAbsent);
		for (String field : union.keySet()) {
			String oldText = text(old.get(field));
			String newText = text(after.get(field));
			if (!Objects.equals(oldText, newText)) {
				changes.add(new FieldChange(field, oldText, newText));
			}
		}
		return changes;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = (value instanceof Iterable<?> values) ? String.join("、", toStrings(values)) : value.toString();
		return text.isEmpty() ? null : text;
	}

	private static List<String> toStrings(Iterable<?> values) {
		List<String> result = new ArrayList<>();
		values.forEach(v -> result.add(String.valueOf(v)));
		return result;
	}

}
