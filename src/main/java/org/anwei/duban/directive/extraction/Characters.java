package org.anwei.duban.directive.extraction;

import java.util.List;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Character classes, Chinese numerals, and the traditional → simplified table the engine
 * matches against.
 *
 * <p>
 * The table is OpenCC's character table (through opencc4j), read once per character: a
 * traditional character becomes the first simplified character OpenCC gives for it. Only
 * one-for-one mappings are used, so a prepared text keeps the length of its original and
 * every offset stays exact. A few characters that OpenCC leaves alone because they are
 * also simplified (著 in 著力) are folded to the form the engine's word lists use.
 */
final class Characters {

	private static final int HAN_START = 0x3400;

	private static final int HAN_END = 0x9FFF;

	private static final char[] SIMPLIFIED = new char[HAN_END - HAN_START + 1];

	/** Variants OpenCC keeps because they are valid simplified characters too. */
	private static final String FOLD_FROM = "著産覆乾";

	private static final String FOLD_TO = "着产复干";

	static {
		for (int c = HAN_START; c <= HAN_END; c++) {
			SIMPLIFIED[c - HAN_START] = simplifiedOf((char) c);
		}
		for (int i = 0; i < FOLD_FROM.length(); i++) {
			SIMPLIFIED[FOLD_FROM.charAt(i) - HAN_START] = FOLD_TO.charAt(i);
		}
	}

	private Characters() {
	}

	private static char simplifiedOf(char ch) {
		List<String> candidates = ZhConverterUtil.toSimple(ch);
		if (candidates == null || candidates.isEmpty()) {
			return ch;
		}
		String first = candidates.getFirst();
		return first.length() == 1 ? first.charAt(0) : ch;
	}

	/**
	 * The character as the engine matches it: full-width ASCII folded to half-width,
	 * ideographic space to space, ｡ to 。, traditional to simplified.
	 */
	static char normalize(char ch) {
		if (ch >= '！' && ch <= '～') {
			return (char) (ch - 0xFEE0);
		}
		if (ch == '\u3000' || ch == '\u00a0') {
			return ' ';
		}
		if (ch == '｡') {
			return '。';
		}
		if (ch >= HAN_START && ch <= HAN_END) {
			return SIMPLIFIED[ch - HAN_START];
		}
		return ch;
	}

	/** The simplified form of a whole string, one character for one. */
	static String simplified(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(normalize(text.charAt(i)));
		}
		return out.toString();
	}

	static boolean isHan(char ch) {
		return (ch >= HAN_START && ch <= HAN_END) || (ch >= 0xF900 && ch <= 0xFAFF) || ch == '〇' || ch == '○';
	}

	static boolean isPinyinLetter(char ch) {
		return (ch >= 'a' && ch <= 'z') || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".indexOf(ch) >= 0;
	}

	/** Chinese numerals up to 99, as in 三是 or （十一）; -1 when it is not one. */
	static int chineseNumber(String numeral) {
		String digits = "零一二三四五六七八九";
		if (numeral.isEmpty()) {
			return -1;
		}
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return numeral.length() == 1 ? digits.indexOf(numeral.charAt(0)) : -1;
		}
		int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0));
		int ones = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1));
		return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
	}

	/**
	 * A number written in digits or Chinese numerals (12, 十二, 二〇一〇 digit by digit); -1
	 * when it is not one.
	 */
	static int number(String written) {
		if (!written.isEmpty() && written.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(written);
		}
		String w = written.replace('两', '二');
		if (w.length() == 4 && w.indexOf('十') < 0) {
			// a year such as 二〇一〇 or 二○一○, digit by digit
			int year = 0;
			for (char c : w.toCharArray()) {
				int d = c == '〇' || c == '○' || c == '零' || c == 'O' || c == '0' ? 0 : "零一二三四五六七八九".indexOf(c);
				if (d < 0) {
					return -1;
				}
				year = year * 10 + d;
			}
			return year;
		}
		return chineseNumber(w);
	}

}
