package org.anwei.duban.directive.extraction;

/**
 * The input text prepared for pattern matching, with a map back to the original:
 * full-width ASCII becomes half-width, common traditional characters become simplified,
 * inline pinyin annotations such as {@code 會(huì)} are dropped, and line breaks inside a
 * sentence become nothing. {@link #originalIndex} turns any index of the prepared text
 * into the index of the same character in the caller's text, so offsets never drift.
 */
final class NormalizedText {

	private final String text;

	private final int[] originalIndex;

	private final int originalLength;

	private NormalizedText(String text, int[] originalIndex, int originalLength) {
		this.text = text;
		this.originalIndex = originalIndex;
		this.originalLength = originalLength;
	}

	static NormalizedText of(String original) {
		StringBuilder out = new StringBuilder(original.length());
		int[] map = new int[original.length() + 1];
		int i = 0;
		while (i < original.length()) {
			char ch = original.charAt(i);
			int skip = pinyinAnnotationLength(original, i);
			if (skip > 0) {
				i += skip;
				continue;
			}
			if (ch == '\r' || (ch == '\n' && softBreak(original, i))) {
				i++;
				continue;
			}
			map[out.length()] = i;
			out.append(Characters.normalize(ch));
			i++;
		}
		map[out.length()] = original.length();
		int[] trimmed = java.util.Arrays.copyOf(map, out.length() + 1);
		return new NormalizedText(out.toString(), trimmed, original.length());
	}

	String text() {
		return this.text;
	}

	/**
	 * Index in the original text of the character at {@code index} here (or the
	 * original's end).
	 */
	int originalIndex(int index) {
		if (index >= this.text.length()) {
			return this.originalLength;
		}
		return this.originalIndex[Math.max(0, index)];
	}

	/**
	 * End index (exclusive) in the original text of a span ending at {@code end} here.
	 */
	int originalEnd(int end) {
		if (end <= 0) {
			return 0;
		}
		return this.originalIndex[end - 1] + 1;
	}

	/**
	 * A pinyin annotation is a parenthesised run of lower-case Latin letters with tone
	 * marks right after a Han character, e.g. "產(chǎn)".
	 */
	private static int pinyinAnnotationLength(String s, int i) {
		char open = s.charAt(i);
		if ((open != '(' && open != '（') || i == 0 || !Characters.isHan(s.charAt(i - 1))) {
			return 0;
		}
		int j = i + 1;
		boolean toneMark = false;
		while (j < s.length() && j - i <= 8) {
			char c = s.charAt(j);
			if (c == ')' || c == '）') {
				return j - i > 1 && (toneMark || j - i <= 7) && onlyPinyin(s, i + 1, j) ? j - i + 1 : 0;
			}
			if (!Characters.isPinyinLetter(c)) {
				return 0;
			}
			toneMark |= c > 0x7F;
			j++;
		}
		return 0;
	}

	private static boolean onlyPinyin(String s, int from, int to) {
		for (int k = from; k < to; k++) {
			if (!Characters.isPinyinLetter(s.charAt(k))) {
				return false;
			}
		}
		// Plain ASCII words in brackets, e.g. "(PPT)", are content; pinyin needs a tone
		// mark or is lower case.
		return s.substring(from, to).chars().anyMatch(c -> c > 0x7F || Character.isLowerCase(c));
	}

	/**
	 * A line break is soft (a hard wrap inside a sentence) when the line before does not
	 * end a sentence or a heading and the next line does not start a new item.
	 */
	private static boolean softBreak(String s, int i) {
		int prev = i - 1;
		while (prev >= 0 && (s.charAt(prev) == ' ' || s.charAt(prev) == '\r')) {
			prev--;
		}
		if (prev < 0) {
			return false;
		}
		char last = s.charAt(prev);
		if ("。！？!?；;：:」』”\"|".indexOf(last) >= 0 || s.charAt(prev) == '\n') {
			return false;
		}
		int next = i + 1;
		while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '\u3000')) {
			next++;
		}
		if (next >= s.length() || s.charAt(next) == '\n') {
			return false;
		}
		// A short line (a title, a menu entry) is its own line, not a wrapped sentence.
		int lineStart = s.lastIndexOf('\n', prev) + 1;
		return prev - lineStart >= 20 && Characters.isHan(last) && Characters.isHan(s.charAt(next));
	}

}
