package org.anwei.duban.base.ui.map;

/**
 * A point on the map, for one record.
 *
 * @param id the record's id, sent back when the marker is clicked
 * @param fill colour inside the circle (CSS colour)
 * @param stroke colour of its border
 * @param radius in screen pixels
 * @param label shown when hovered or tapped
 */
public record MapMarker(long id, double lat, double lng, String fill, String stroke, int radius, String label) {
}
