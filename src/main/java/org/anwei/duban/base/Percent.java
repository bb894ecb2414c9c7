package org.anwei.duban.base;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A share as people read it in reports and on screen: {@code 87.5%}. */
public final class Percent {

	private Percent() {
	}

	public static String of(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	/** The share, or {@code none} when there is none (nothing was due). */
	public static String of(@Nullable Double share, String none) {
		return share == null ? none : of(share);
	}

}
