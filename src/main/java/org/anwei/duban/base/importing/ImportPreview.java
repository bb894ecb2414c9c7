package org.anwei.duban.base.importing;

import java.util.List;

/**
 * The result of checking a file before anything is saved. The file is imported only when
 * every row is valid: a file with one bad row saves nothing, and the preview names the
 * row and the field.
 */
public record ImportPreview<T>(List<ImportRow<T>> rows) {

	public ImportPreview {
		rows = List.copyOf(rows);
	}

	public long errorRowCount() {
		return this.rows.stream().filter(r -> !r.valid()).count();
	}

	public boolean acceptable() {
		return errorRowCount() == 0;
	}

	public long count(ImportAction action) {
		return this.rows.stream().filter(r -> r.action() == action).count();
	}

}
