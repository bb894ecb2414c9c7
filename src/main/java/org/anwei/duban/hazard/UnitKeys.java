package org.anwei.duban.hazard;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A unit's name with width, case, spaces and punctuation evened out, so that （城东）化工有限公司
 * and (城东)化工 有限公司 are found as one unit. Earlier hazards at a unit are found by its
 * unified social credit code when the new one has it, or by this key.
 */
public final class UnitKeys {

	private UnitKeys() {
	}

	public static String of(String unitName) {
		String normalized = Normalizer.normalize(unitName, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\p{P}\\p{S}]+", "");
		return normalized.length() > 200 ? normalized.substring(0, 200) : normalized;
	}

}
