package org.anwei.duban.base.importing;

import java.util.List;

import org.anwei.duban.base.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import preview: the row number in the file, what it would do, and its
 * errors. A row with errors has no {@code value}.
 *
 * @param <T> what the row becomes when imported
 */
public record ImportRow<T>(int rowNumber, TabularRow source, @Nullable T value, ImportAction action,
		List<FieldError> errors) {

	public ImportRow {
		errors = List.copyOf(errors);
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

}
