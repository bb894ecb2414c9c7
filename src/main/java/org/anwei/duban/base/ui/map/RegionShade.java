package org.anwei.duban.base.ui.map;

/**
 * How one region is drawn.
 *
 * @param color fill colour (CSS colour)
 * @param label written on the region (its name and figure): short, it is always shown
 */
public record RegionShade(String color, String label) {
}
