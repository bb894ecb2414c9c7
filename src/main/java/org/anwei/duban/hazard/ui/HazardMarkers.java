package org.anwei.duban.hazard.ui;

import org.anwei.duban.base.ui.map.MapMarker;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardPoint;
import org.anwei.duban.hazard.HazardStatus;

/**
 * How a hazard looks on the map, and the legend that explains it: the fill tells its step
 * (overdue red above all), a large dark-ringed circle marks a major hazard.
 */
final class HazardMarkers {

	/** The steps a marker tells apart, in the legend's order. */
	enum Shade {

		OVERDUE("#c0392b", "hazard.overdue"), RECTIFYING("#e67e22", "hazard.map.to-rectify"),
		AWAITING_ACCEPTANCE("#2980b9", HazardStatus.AWAITING_ACCEPTANCE.labelKey()),
		CLOSED("#27ae60", HazardStatus.CLOSED.labelKey());

		final String color;

		final String labelKey;

		Shade(String color, String labelKey) {
			this.color = color;
			this.labelKey = labelKey;
		}

		static Shade of(HazardStatus status, boolean overdue) {
			if (overdue) {
				return OVERDUE;
			}
			return switch (status) {
				case REGISTERED, RECTIFYING -> RECTIFYING;
				case AWAITING_ACCEPTANCE -> AWAITING_ACCEPTANCE;
				case CLOSED -> CLOSED;
			};
		}

	}

	static final int MAJOR_RADIUS = 9;

	static final int GENERAL_RADIUS = 6;

	static final String MAJOR_RING = "#212121";

	static final String GENERAL_RING = "#ffffff";

	private HazardMarkers() {
	}

	static MapMarker of(HazardPoint point, String label) {
		boolean major = point.level() == HazardLevel.MAJOR;
		return new MapMarker(point.id(), point.latitude(), point.longitude(),
				Shade.of(point.status(), point.overdue()).color, major ? MAJOR_RING : GENERAL_RING,
				major ? MAJOR_RADIUS : GENERAL_RADIUS, label);
	}

}
