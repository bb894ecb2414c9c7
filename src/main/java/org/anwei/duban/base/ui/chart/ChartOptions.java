package org.anwei.duban.base.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ECharts options for the kinds of chart the app draws, so views say what to show, not
 * how ECharts spells it. Every text in them is already translated.
 */
public final class ChartOptions {

	private ChartOptions() {
	}

	/** A ring of slices with a legend below; empty slices are left out. */
	public static Map<String, Object> ring(List<ChartItem> slices) {
		List<Map<String, Object>> data = new ArrayList<>();
		for (ChartItem slice : slices) {
			if (slice.value().doubleValue() > 0) {
				data.add(item(slice));
			}
		}
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "pie");
		series.put("radius", List.of("45%", "70%"));
		series.put("center", List.of("50%", "45%"));
		series.put("label", Map.of("formatter", "{b}: {c}"));
		series.put("data", data);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "item"));
		option.put("legend", Map.of("bottom", 0, "type", "scroll"));
		option.put("series", List.of(series));
		return option;
	}

	/**
	 * Bars and lines over categories (months, districts, meetings); {@code horizontal}
	 * puts the categories on the vertical axis, for long names.
	 */
	public static Map<String, Object> bars(List<String> categories, List<ChartSeries> series, boolean horizontal) {
		Map<String, Object> categoryAxis = new LinkedHashMap<>();
		categoryAxis.put("type", "category");
		categoryAxis.put("data", categories);
		categoryAxis.put("axisLabel",
				horizontal ? Map.of("width", 110, "overflow", "truncate") : Map.of("hideOverlap", true));
		if (horizontal) {
			categoryAxis.put("inverse", true);
		}
		Map<String, Object> valueAxis = Map.of("type", "value", "minInterval", 1);
		List<Map<String, Object>> drawn = new ArrayList<>();
		for (ChartSeries s : series) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", s.name());
			one.put("type", s.kind().name().toLowerCase(Locale.ROOT));
			one.put("itemStyle", Map.of("color", s.color()));
			if (s.kind() == ChartSeries.Kind.BAR) {
				// one district or one month must not become a block filling the chart
				one.put("barMaxWidth", 28);
			}
			if (s.stack() != null) {
				one.put("stack", s.stack());
			}
			one.put("data", s.items().stream().map(ChartOptions::item).toList());
			drawn.add(one);
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("bottom", 0, "type", "scroll"));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 16, "bottom", 40, "containLabel", true));
		option.put("xAxis", horizontal ? valueAxis : categoryAxis);
		option.put("yAxis", horizontal ? categoryAxis : valueAxis);
		option.put("series", drawn);
		return option;
	}

	private static Map<String, Object> item(ChartItem item) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("name", item.name());
		data.put("value", item.value());
		if (item.color() != null) {
			data.put("itemStyle", Map.of("color", item.color()));
		}
		if (item.key() != null) {
			data.put("key", item.key());
		}
		return data;
	}

}
