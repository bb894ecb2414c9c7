package org.anwei.duban.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.anwei.duban.base.FieldError;

/**
 * The password rules: at least 10 characters, at least three of the four kinds (lower
 * case, upper case, digits, symbols), not containing the username, and not one of the
 * passwords every attacker tries first. Length beats complexity, so the minimum is long
 * rather than the rules many.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 72; // BCrypt ignores what comes after 72 bytes

	private static final Set<String> COMMON = Set.of("password123", "password1234", "1234567890", "qwertyuiop",
			"admin12345", "abc1234567", "passw0rd12", "1qaz2wsx3edc", "a123456789", "woaini1314", "aa123456789",
			"p@ssw0rd123", "admin@1234", "admin@12345", "qwer1234!@#$");

	private PasswordPolicy() {
	}

	public static List<FieldError> check(String field, String password, String username) {
		List<FieldError> errors = new ArrayList<>();
		if (password.length() < MIN_LENGTH) {
			errors.add(FieldError.of(field, "validation.password.too-short", MIN_LENGTH));
			return errors;
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
			errors.add(FieldError.of(field, "validation.too-long", MAX_LENGTH));
			return errors;
		}
		int kinds = 0;
		kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (kinds < 3) {
			errors.add(FieldError.of(field, "validation.password.kinds"));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			errors.add(FieldError.of(field, "validation.password.contains-username"));
		}
		if (COMMON.contains(lower)) {
			errors.add(FieldError.of(field, "validation.password.common"));
		}
		return errors;
	}

}
