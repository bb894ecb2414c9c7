package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The enumeration structure of a body: which markers head sections (they have sub-items,
 * like 三、有关要求 over (一)…(四)) and which head leaf items, where the requirements are. Levels
 * follow the order in which a document first uses each family (一、 before (一) before 1.),
 * as Chinese official writing does; 一是/一要 number items inside a paragraph and always sit
 * lowest.
 */
final class Outline {

	private final List<Marker> markers;

	private final int[] level;

	private final int[] extentEnd;

	private final boolean[] section;

	private Outline(List<Marker> markers, int bodyEnd) {
		this.markers = markers;
		int n = markers.size();
		this.level = new int[n];
		this.extentEnd = new int[n];
		this.section = new boolean[n];
		List<String> blockFamilies = new ArrayList<>();
		for (Marker marker : markers) {
			if (!marker.inline() && !blockFamilies.contains(marker.family())) {
				blockFamilies.add(marker.family());
			}
		}
		for (int i = 0; i < n; i++) {
			Marker marker = markers.get(i);
			this.level[i] = marker.inline() ? blockFamilies.size() + 1 : blockFamilies.indexOf(marker.family());
		}
		for (int i = 0; i < n; i++) {
			this.extentEnd[i] = bodyEnd;
			for (int k = i + 1; k < n; k++) {
				if (this.level[k] <= this.level[i]) {
					this.extentEnd[i] = markers.get(k).start();
					break;
				}
				this.section[i] = true;
			}
		}
	}

	static Outline of(List<Marker> markers, int bodyEnd) {
		return new Outline(markers, bodyEnd);
	}

	/** True when the item holds sub-items: its own words are a heading or a lead-in. */
	boolean isSection(Marker marker) {
		return this.section[index(marker)];
	}

	/** True when a sibling item of the same family follows or precedes: a list. */
	boolean inList(Marker marker) {
		int i = index(marker);
		for (int k = 0; k < this.markers.size(); k++) {
			if (k != i && this.level[k] == this.level[i] && this.markers.get(k).family().equals(marker.family())) {
				return true;
			}
		}
		return false;
	}

	/** True when {@code position} lies inside the item {@code marker} heads. */
	boolean contains(Marker marker, int position) {
		int i = index(marker);
		return position >= marker.start() && position < this.extentEnd[i];
	}

	/** The sections that contain {@code marker}, outermost first. */
	List<Marker> sectionsOver(Marker marker) {
		List<Marker> over = new ArrayList<>();
		int i = index(marker);
		for (int k = 0; k < i; k++) {
			if (this.section[k] && this.level[k] < this.level[i] && marker.start() < this.extentEnd[k]) {
				over.add(this.markers.get(k));
			}
		}
		return over;
	}

	private int index(Marker marker) {
		int i = this.markers.indexOf(marker);
		if (i < 0) {
			throw new IllegalArgumentException("not a marker of this outline: " + marker);
		}
		return i;
	}

}
