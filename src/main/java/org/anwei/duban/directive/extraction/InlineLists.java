package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * “三个落实”，即落实A、落实B、落实C: a requirement that names a number of things to do and then lists
 * them gives one requirement per listed item. Each item's span runs from the item to the
 * end of the list, so that the words the item shares with the rest stay in view.
 */
final class InlineLists {

	private static final Pattern LIST = Pattern
		.compile("[“\"]?[一二三四五六七八九十两]{1,2}(?:个|项|条)(?<name>[\\u4e00-\\u9fff]{1,6})[”\"]?[,，]?即[:：]?(?<items>[^。;；]+)");

	/** An item: where it starts and ends in the prepared text, and its label (落实(2)). */
	record Item(int start, int end, String label, String words) {
	}

	private InlineLists() {
	}

	/** The items listed in {@code [from, to)} of the prepared text, or none. */
	static List<Item> in(String text, int from, int to) {
		Matcher m = LIST.matcher(text.substring(from, to));
		if (!m.find()) {
			return List.of();
		}
		String[] words = m.group("items").split("、");
		if (words.length < 2) {
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		int cursor = from + m.start("items");
		int end = from + m.end("items");
		for (int k = 0; k < words.length; k++) {
			items.add(new Item(cursor, end, m.group("name") + "(" + (k + 1) + ")", words[k]));
			cursor += words[k].length() + 1;
		}
		return items;
	}

}
