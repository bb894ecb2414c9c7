package org.anwei.duban.base.ui.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Five classes from light to dark for counts of things, with a class of its own for zero,
 * so that "none" never looks like "a few". Class limits are rounded up from equal steps
 * to the largest count, so the legend reads in whole numbers.
 */
public final class ChoroplethScale {

	/** Zero, then five shades of red-orange from light to dark. */
	static final List<String> COLORS = List.of("#eef1f4", "#fde0c5", "#facba6", "#f59e72", "#e7644b", "#c0392b");

	private final List<Long> upperBounds;

	private ChoroplethScale(List<Long> upperBounds) {
		this.upperBounds = upperBounds;
	}

	/** A scale for counts up to {@code max}. */
	public static ChoroplethScale upTo(long max) {
		List<Long> bounds = new ArrayList<>();
		long classes = COLORS.size() - 1;
		long step = Math.max(1, Math.ceilDiv(max, classes));
		for (long bound = step; bounds.size() < classes; bound += step) {
			bounds.add(bound);
			if (bound >= max) {
				break;
			}
		}
		return new ChoroplethScale(List.copyOf(bounds));
	}

	public String color(long count) {
		if (count <= 0) {
			return COLORS.get(0);
		}
		for (int i = 0; i < this.upperBounds.size(); i++) {
			if (count <= this.upperBounds.get(i)) {
				return COLORS.get(i + 1);
			}
		}
		return COLORS.get(this.upperBounds.size());
	}

	/** The legend: the zero class, then each class with its lowest and highest count. */
	public List<LegendEntry> legend() {
		List<LegendEntry> entries = new ArrayList<>();
		entries.add(new LegendEntry(COLORS.get(0), 0, 0));
		long low = 1;
		for (int i = 0; i < this.upperBounds.size(); i++) {
			entries.add(new LegendEntry(COLORS.get(i + 1), low, this.upperBounds.get(i)));
			low = this.upperBounds.get(i) + 1;
		}
		return entries;
	}

	/** One class of the scale: counts from {@code from} to {@code to}, both included. */
	public record LegendEntry(String color, long from, long to) {
	}

}
