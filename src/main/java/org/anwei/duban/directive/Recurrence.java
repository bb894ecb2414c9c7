package org.anwei.duban.directive;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How often a recurring requirement falls due (每周, 每月末, 每季度, 每半年, 每年). */
public enum Recurrence {

	WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

	public String labelKey() {
		return "directive.recurrence." + name().toLowerCase(Locale.ROOT);
	}

	/** The engine's code ({@code MONTHLY} …) or null. */
	public static @Nullable Recurrence fromCode(@Nullable String code) {
		if (code == null) {
			return null;
		}
		for (Recurrence r : values()) {
			if (r.name().equals(code)) {
				return r;
			}
		}
		return null;
	}

}
