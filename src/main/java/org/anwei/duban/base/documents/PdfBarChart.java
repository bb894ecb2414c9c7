package org.anwei.duban.base.documents;

import java.awt.Color;
import java.util.List;

/**
 * A bar chart drawn as vector graphics on a {@link PdfComposer.Canvas}, for documents
 * printed from what the screen shows with ECharts: a title, a legend, a value axis with
 * four grid lines, and per category either bars side by side or one stacked bar.
 */
public final class PdfBarChart {

	/** One series: its name in the legend, its colour and a value per category. */
	public record Series(String name, Color color, List<Long> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

	private static final float TITLE = 11;

	private static final float LABEL = 7;

	private static final Color AXIS = new Color(0x8A, 0x94, 0xA3);

	private static final Color GRID = new Color(0xE3, 0xE7, 0xEC);

	private PdfBarChart() {
	}

	/**
	 * Draws the chart; {@code empty} is said in the plot when there is no category or
	 * every value is nought.
	 */
	public static void draw(PdfComposer.Canvas canvas, String title, List<String> categories, List<Series> series,
			boolean stacked, String empty) {
		float top = canvas.height() - TITLE * 1.2f;
		canvas.text(title, 0, top, TITLE, PdfComposer.Align.LEFT, Color.BLACK);
		legend(canvas, series, top);
		float axisLeft = 28;
		float bottom = LABEL * 2.5f;
		float plotHeight = top - TITLE * 1.2f - bottom;
		float plotWidth = canvas.width() - axisLeft;
		long max = Math.max(1, max(categories.size(), series, stacked));
		long step = niceStep(max);
		long axisMax = step * 4;
		for (int i = 0; i <= 4; i++) {
			float y = bottom + plotHeight * i / 4;
			canvas.line(axisLeft, y, canvas.width(), y, i == 0 ? AXIS : GRID);
			canvas.text(String.valueOf(step * i), axisLeft - 3, y - LABEL / 3, LABEL, PdfComposer.Align.RIGHT, AXIS);
		}
		if (max(categories.size(), series, stacked) == 0) {
			canvas.text(empty, axisLeft + plotWidth / 2, bottom + plotHeight / 2, LABEL * 1.3f,
					PdfComposer.Align.CENTER, AXIS);
		}
		if (categories.isEmpty()) {
			return;
		}
		float slot = plotWidth / categories.size();
		float barWidth = Math.min(28, stacked ? slot * 0.6f : slot * 0.8f / series.size());
		for (int c = 0; c < categories.size(); c++) {
			float slotLeft = axisLeft + slot * c;
			float start = slotLeft + (slot - (stacked ? barWidth : barWidth * series.size())) / 2;
			float stackedHeight = 0;
			for (int s = 0; s < series.size(); s++) {
				long value = series.get(s).values().get(c);
				float h = plotHeight * value / axisMax;
				float x = stacked ? start : start + barWidth * s;
				float y = bottom + (stacked ? stackedHeight : 0);
				if (h > 0) {
					canvas.rect(x, y, barWidth - (stacked ? 0 : 1), h, series.get(s).color());
				}
				stackedHeight += h;
			}
			canvas.text(label(canvas, categories.get(c), slot), slotLeft + slot / 2, bottom - LABEL * 1.4f, LABEL,
					PdfComposer.Align.CENTER, Color.DARK_GRAY);
		}
	}

	private static void legend(PdfComposer.Canvas canvas, List<Series> series, float y) {
		float x = canvas.width();
		for (int s = series.size() - 1; s >= 0; s--) {
			String name = series.get(s).name();
			x -= canvas.textWidth(name, LABEL) + 4;
			canvas.text(name, x, y + 1, LABEL, PdfComposer.Align.LEFT, Color.DARK_GRAY);
			x -= 10;
			canvas.rect(x, y + 1, 8, 6, series.get(s).color());
			x -= 8;
		}
	}

	private static long max(int categories, List<Series> series, boolean stacked) {
		long max = 0;
		for (int c = 0; c < categories; c++) {
			long sum = 0;
			for (Series s : series) {
				long v = s.values().get(c);
				sum = stacked ? sum + v : Math.max(sum, v);
			}
			max = Math.max(max, sum);
		}
		return max;
	}

	/** A step of 1, 2 or 5 times a power of ten, four of which reach {@code max}. */
	static long niceStep(long max) {
		double raw = max / 4.0;
		long power = 1;
		while (power * 10 <= raw) {
			power *= 10;
		}
		for (long factor : new long[] { 1, 2, 5, 10 }) {
			if (factor * power >= raw) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	/** The category's label, shortened to its slot. */
	private static String label(PdfComposer.Canvas canvas, String label, float slot) {
		String shorter = label;
		while (shorter.length() > 1 && canvas.textWidth(shorter, LABEL) > slot - 2) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter;
	}

}
