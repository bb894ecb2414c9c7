package org.anwei.duban.base;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of an enterprise or other
 * unit: 18 characters from a 31-character alphabet (digits and capitals without I, O, S,
 * V, Z), the last a check character computed from the first 17 with fixed weights modulo
 * 31. Because 31 is prime and no weight is a multiple of it, a mistyped character always
 * changes the check, so the check catches every single-character typo.
 */
public final class UnifiedCreditCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedCreditCode() {
	}

	/**
	 * The code as people type it made canonical: spaces and dashes removed, full-width
	 * characters made half-width, letters upper case.
	 */
	public static String normalize(String typed) {
		StringBuilder code = new StringBuilder(typed.length());
		typed.codePoints().forEach(c -> {
			int half = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
			if (!Character.isWhitespace(half) && half != '-' && half != 0x3000) {
				code.appendCodePoint(half);
			}
		});
		return code.toString().toUpperCase(Locale.ROOT);
	}

	/** Whether the (normalized) code has the right form and check character. */
	public static boolean isValid(@Nullable String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		Character expected = checkCharacter(code.substring(0, 17));
		return expected != null && expected == code.charAt(17);
	}

	/** The check character for the first 17 characters, or null if one is not allowed. */
	public static @Nullable Character checkCharacter(String first17) {
		if (first17.length() != 17) {
			return null;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				return null;
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

}
