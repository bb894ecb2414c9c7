package org.anwei.duban.base.ui.chart;

import org.jspecify.annotations.Nullable;

/**
 * One value of a chart: a pie slice or a bar. A click on an item with a key is reported
 * with that key; the view decides what the key opens (never the browser).
 */
public record ChartItem(String name, Number value, @Nullable String color, @Nullable String key) {
}
