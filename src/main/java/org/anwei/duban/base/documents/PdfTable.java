package org.anwei.duban.base.documents;

import java.awt.Color;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table across a {@link PdfComposer}'s text width, columns sized by weights: the header
 * row shaded and repeated on each page the table runs onto, a cell too long for its
 * column shortened with an ellipsis.
 */
public final class PdfTable {

	private static final Color HEADER_SHADE = new Color(0xEE, 0xF1, 0xF5);

	private static final Color RULE = new Color(0xC8, 0xCE, 0xD6);

	private PdfTable() {
	}

	public static void draw(PdfComposer pdf, List<String> headers, List<List<String>> rows, float[] weights,
			float size) {
		float rowHeight = size * 1.9f;
		if (!pdf.fits(rowHeight * 2)) {
			pdf.pageBreak();
		}
		row(pdf, headers, weights, size, rowHeight, HEADER_SHADE);
		for (List<String> row : rows) {
			if (!pdf.fits(rowHeight)) {
				pdf.pageBreak();
				row(pdf, headers, weights, size, rowHeight, HEADER_SHADE);
			}
			row(pdf, row, weights, size, rowHeight, null);
		}
	}

	private static void row(PdfComposer pdf, List<String> cells, float[] weights, float size, float height,
			@Nullable Color shade) {
		pdf.drawing(height, canvas -> {
			if (shade != null) {
				canvas.rect(0, 0, canvas.width(), height, shade);
			}
			canvas.line(0, 0, canvas.width(), 0, RULE);
			float total = 0;
			for (float w : weights) {
				total += w;
			}
			float x = 0;
			for (int i = 0; i < weights.length && i < cells.size(); i++) {
				float width = canvas.width() * weights[i] / total;
				canvas.text(fit(canvas, cells.get(i), size, width - 4), x + 2, (height - size) / 2 + size * 0.15f, size,
						PdfComposer.Align.LEFT, Color.BLACK);
				x += width;
			}
		});
	}

	/** The text, shortened with … to fit the width. */
	private static String fit(PdfComposer.Canvas canvas, String text, float size, float width) {
		if (canvas.textWidth(text, size) <= width) {
			return text;
		}
		StringBuilder shorter = new StringBuilder(text);
		while (!shorter.isEmpty() && canvas.textWidth(shorter + "…", size) > width) {
			shorter.setLength(shorter.length() - 1);
		}
		return shorter + "…";
	}

}
