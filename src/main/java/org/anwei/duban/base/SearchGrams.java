package org.anwei.duban.base;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The pairs of neighbouring characters of a text (bigrams), as numbers, for a word index:
 * Chinese has no spaces between words, so a text is found by any part of it when every
 * pair of the part's characters is in the text's index (and the text then contains the
 * part itself). Letters are compared in lower case; whitespace separates (no pair spans
 * it); full-width forms count as ordinary ones. A part of one character has no pair: it
 * is looked for without the index.
 */
public final class SearchGrams {

	/** Bits of one character (a Unicode code point) in a pair. */
	private static final int BITS = 21;

	private SearchGrams() {
	}

	/**
	 * The text as it is indexed and compared: full-width letters and digits as their
	 * ordinary forms (ＡＢＣ１２ as abc12, as MySQL's collation compares them), in lower case.
	 */
	public static String normalized(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** The distinct pairs of the text, in order of appearance. */
	public static Set<Long> of(String text) {
		Set<Long> grams = new LinkedHashSet<>();
		int previous = -1;
		// full-width letters and digits as their ordinary forms (ＡＢＣ１２ as abc12), as
		// MySQL's
		// collation compares them
		String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length();) {
			int c = lower.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				previous = -1;
				continue;
			}
			if (previous >= 0) {
				grams.add(((long) previous << BITS) | c);
			}
			previous = c;
		}
		return grams;
	}

}
