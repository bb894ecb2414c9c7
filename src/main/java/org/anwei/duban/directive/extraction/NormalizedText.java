package org.anwei.duban.directive.extraction;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The input text prepared for matching, with a map back to the original: full-width ASCII
 * becomes half-width, traditional characters become simplified (see {@link Characters}),
 * inline pinyin annotations such as {@code 會(huì)} are dropped, and hard line breaks
 * inside a sentence (a page wrapped every 30–40 characters) are removed.
 * {@link #originalIndex} turns any index of the prepared text into the index of the same
 * character in the caller's text, so offsets never drift.
 */
final class NormalizedText {

	/**
	 * A line that starts a numbered item keeps its own line when it is a short heading.
	 */
	private static final Pattern ITEM_START = Pattern.compile(
			"^[ \\t\\u3000]*(?:[一二三四五六七八九十]{1,3}[、是要]|第[一二三四五六七八九十]{1,3}[,，、]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．]|[①-⑳])");

	private static final Pattern TITLE_END = Pattern
		.compile("(?:关于|關於).*(?:通知|决定|決定|意见|意見|批复|批復|方案|纪要|紀要|报告|報告|函)\\s*$");

	/** 发布时间：… 来源：… 浏览：…: a publishing line is its own line. */
	private static final Pattern PAGE_META = Pattern.compile("发布时间|发布日期|来源[:：]|作者[:：]|浏览|点击数|\\S\\s{2,}\\S");

	private static final String TERMINAL = "。！？!?：:；;";

	private static final String CLOSERS = "”\"』」）)】";

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
			if (ch == '\r') {
				i++;
				continue;
			}
			if (ch == '\n' && softBreak(original, i)) {
				// the wrapped line continues after its indentation
				i++;
				while (i < original.length() && isBlank(original.charAt(i))) {
					i++;
				}
				continue;
			}
			map[out.length()] = i;
			out.append(Characters.normalize(ch));
			i++;
		}
		map[out.length()] = original.length();
		return new NormalizedText(out.toString(), Arrays.copyOf(map, out.length() + 1), original.length());
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
		return this.originalIndex[Math.min(end, this.text.length()) - 1] + 1;
	}

	/**
	 * A pinyin annotation is a parenthesised run of lower-case Latin letters with tone
	 * marks right after a Han character, e.g. "產(chǎn)".
	 */
	private static int pinyinAnnotationLength(String s, int i) {
		char open = s.charAt(i);
		int before = i - 1;
		while (before >= 0 && (s.charAt(before) == '\n' || s.charAt(before) == '\r')) {
			// 落實\n(shí): the page was wrapped right before the annotation
			before--;
		}
		if ((open != '(' && open != '（') || before < 0 || !Characters.isHan(s.charAt(before))) {
			return 0;
		}
		int j = i + 1;
		int letters = 0;
		boolean toneMark = false;
		while (j < s.length() && letters <= 7) {
			char c = s.charAt(j);
			if (c == ')' || c == '）') {
				return letters > 0 && (toneMark || letters <= 6) && onlyPinyin(s, i + 1, j) ? j - i + 1 : 0;
			}
			if (c == '\n' || c == '\r') {
				// a page wrapped inside the annotation: 領(\nlǐng)
				j++;
				continue;
			}
			if (!Characters.isPinyinLetter(c)) {
				return 0;
			}
			toneMark |= c > 0x7F;
			letters++;
			j++;
		}
		return 0;
	}

	private static boolean onlyPinyin(String s, int from, int to) {
		String letters = s.substring(from, to).replace("\n", "").replace("\r", "");
		for (int k = 0; k < letters.length(); k++) {
			if (!Characters.isPinyinLetter(letters.charAt(k))) {
				return false;
			}
		}
		// Plain ASCII words in brackets, e.g. "(PPT)", are content; pinyin needs a tone
		// mark or is lower case.
		return letters.chars().anyMatch(c -> c > 0x7F || Character.isLowerCase(c));
	}

	/**
	 * A line break is soft (a hard wrap inside a sentence) when the line before is long,
	 * does not end a sentence, a heading, a title or a menu, and the next line neither is
	 * empty nor starts a new item.
	 */
	private static boolean softBreak(String s, int i) {
		int lineStart = s.lastIndexOf('\n', i - 1) + 1;
		String line = s.substring(lineStart, i).strip();
		if (line.length() < 20) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		if (TERMINAL.indexOf(last) >= 0 || TERMINAL.indexOf(Characters.normalize(last)) >= 0) {
			return false;
		}
		if (CLOSERS.indexOf(last) >= 0 && line.length() > 1
				&& TERMINAL.indexOf(Characters.normalize(line.charAt(line.length() - 2))) >= 0) {
			return false;
		}
		if ((ITEM_START.matcher(line).find() && line.length() < 30) || TITLE_END.matcher(line).find() || menuLike(line)
				|| PAGE_META.matcher(line).find()) {
			return false;
		}
		int nextEnd = s.indexOf('\n', i + 1);
		String next = s.substring(i + 1, nextEnd < 0 ? s.length() : nextEnd).strip();
		if (next.isEmpty() || ITEM_START.matcher(next).find() || Cues.labelled(next) || Cues.labelled(line)) {
			return false;
		}
		char first = next.charAt(0);
		// a wrapped line may begin with anything a sentence holds, even 、 or 。
		return continues(last) && !Character.isWhitespace(first);
	}

	private static boolean continues(char last) {
		return Characters.isHan(last) || Character.isLetterOrDigit(last) || Characters.isPinyinLetter(last)
				|| "，,、“\"《（(）)”》-—/·×*".indexOf(last) >= 0;
	}

	/** Runs of short words separated by spaces: a site menu or breadcrumb. */
	private static boolean menuLike(String line) {
		if (line.indexOf('，') >= 0 || line.indexOf(',') >= 0 || line.indexOf('。') >= 0) {
			return false;
		}
		String[] words = line.split("[\\s\\u3000|｜>»]+");
		return words.length >= 3 && java.util.Arrays.stream(words).allMatch(w -> w.length() <= 10);
	}

	private static boolean isBlank(char ch) {
		return ch == ' ' || ch == '\t' || ch == '\u3000';
	}

}
