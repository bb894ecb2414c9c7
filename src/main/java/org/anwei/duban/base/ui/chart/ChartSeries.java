package org.anwei.duban.base.ui.chart;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A series of a bar or line chart: its name in the legend, its values in category order,
 * and the stack it joins (null for none).
 */
public record ChartSeries(String name, Kind kind, String color, @Nullable String stack, List<ChartItem> items) {

	public enum Kind {

		BAR, LINE

	}

}
