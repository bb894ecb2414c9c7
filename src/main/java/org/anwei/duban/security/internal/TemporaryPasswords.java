package org.anwei.duban.security.internal;

import org.anwei.duban.security.PasswordPolicy;

import java.security.SecureRandom;

/**
 * Generates one-time passwords for new and reset accounts: 12 characters with every kind
 * present, without look-alike characters (0/O, 1/l/I) because they are read aloud or
 * copied from paper.
 */
public final class TemporaryPasswords {

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "@#%+=?";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	/** A password the policy accepts (a random one almost always is: then it is kept). */
	public static String generate() {
		String password = candidate();
		while (!PasswordPolicy.check("password", password, "").isEmpty()) {
			password = candidate();
		}
		return password;
	}

	private static String candidate() {
		String all = LOWER + UPPER + DIGITS + SYMBOLS;
		char[] chars = new char[12];
		chars[0] = pick(UPPER);
		chars[1] = pick(LOWER);
		chars[2] = pick(DIGITS);
		chars[3] = pick(SYMBOLS);
		for (int i = 4; i < chars.length; i++) {
			chars[i] = pick(all);
		}
		for (int i = chars.length - 1; i > 0; i--) {
			int j = RANDOM.nextInt(i + 1);
			char tmp = chars[i];
			chars[i] = chars[j];
			chars[j] = tmp;
		}
		return new String(chars);
	}

	private static char pick(String alphabet) {
		return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
	}

}
