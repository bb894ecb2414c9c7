package org.anwei.duban.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.i18n.TranslationKey;

/**
 * The password rules: at least 10 characters, at least three of the four kinds (lower
 * case, upper case, digits, symbols), not containing the username, and hard to guess as
 * Dropbox's zxcvbn estimates it (score 3 of 4: about 10¹⁰ guesses). zxcvbn knows the
 * passwords, words, names, keyboard walks, sequences, repeats and dates attackers try
 * first; it is also given the user's own name and the words of this product and its
 * field, so "Anwei@2026" or "Zhangsan#2026" do not pass. When it refuses, the message
 * says why.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 72; // BCrypt ignores what comes after 72 bytes

	/** zxcvbn's score a password needs: "safely unguessable" by an online attacker. */
	static final int MIN_SCORE = 3;

	/**
	 * Words every guesser here tries: the product, the committee and its work, and the
	 * stems of the commonest Chinese passwords.
	 */
	private static final List<String> FIELD_WORDS = List.of("anwei", "duban", "anweiduban", "anwei-duban", "anweihui",
			"anweiban", "anquan", "anquanshengchan", "shengchan", "yingji", "yingjiju", "zhengfu", "admin",
			"administrator", "woaini", "woaini1314", "5201314", "1314520", "520520", "woaiwojia", "zhongguo", "china");

	private static final Zxcvbn ESTIMATOR = new Zxcvbn();

	private PasswordPolicy() {
	}

	/**
	 * @param personal the user's own words (username, display name) that make a password
	 * easy to guess for anyone who knows them
	 */
	public static List<FieldError> check(String field, String password, String username, String... personal) {
		List<FieldError> errors = new ArrayList<>();
		if (password.length() < MIN_LENGTH) {
			errors.add(FieldError.of(field, "validation.password.too-short", MIN_LENGTH));
			return errors;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
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
			return errors;
		}
		Strength strength = ESTIMATOR.measure(password, guesserWords(username, personal));
		if (strength.getScore() < MIN_SCORE) {
			errors.add(FieldError.of(field, "validation.password.weak",
					new TranslationKey("validation.password.reason." + reason(strength.getSequence()))));
		}
		return errors;
	}

	private static List<String> guesserWords(String username, String... personal) {
		List<String> words = new ArrayList<>(FIELD_WORDS);
		words.add(username.toLowerCase(Locale.ROOT));
		Arrays.stream(personal).filter(w -> !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT)).forEach(words::add);
		return words;
	}

	/**
	 * The weakest part of the password as zxcvbn split it, most telling first: the user's
	 * or the product's words, a known password, a keyboard walk, a repeat, a sequence, a
	 * date or year, a dictionary word.
	 */
	static String reason(List<Match> sequence) {
		if (sequence.stream()
			.anyMatch(m -> m.pattern == Pattern.Dictionary && "user_inputs".equals(m.dictionaryName))) {
			return "personal";
		}
		if (sequence.stream().anyMatch(m -> m.pattern == Pattern.Dictionary && "passwords".equals(m.dictionaryName))) {
			return "common";
		}
		for (Pattern pattern : List.of(Pattern.Spatial, Pattern.Repeat, Pattern.Sequence)) {
			if (sequence.stream().anyMatch(m -> m.pattern == pattern)) {
				return pattern.value();
			}
		}
		if (sequence.stream().anyMatch(m -> m.pattern == Pattern.Date || m.pattern == Pattern.Regex)) {
			return "date";
		}
		if (sequence.stream().anyMatch(m -> m.pattern == Pattern.Dictionary)) {
			return "word";
		}
		return "short";
	}

}
