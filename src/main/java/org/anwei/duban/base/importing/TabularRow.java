package org.anwei.duban.base.importing;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One data row of an imported file: its row number as the user sees it in Excel (header =
 * row 1) and the cell texts by column key, trimmed, empty cells absent.
 */
public record TabularRow(int rowNumber, Map<String, String> cells) {

	public TabularRow {
		cells = Map.copyOf(cells);
	}

	public @Nullable String get(String key) {
		return this.cells.get(key);
	}

}
