package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enumerator at the start of an item: 一是 / 一要 / 第一 / (一) / 一、 / 1、 / (1) / ① / 首先.
 * {@code family} groups markers that count together; {@code number} is the item's
 * position.
 */
record Marker(int start, int end, String text, String family, int number) {

	private static final String CN = "[一二三四五六七八九十]{1,3}";

	private static final Pattern PATTERN = Pattern
		.compile("(?<shi>" + CN + ")是(?![的否])" + "|(?<yao>" + CN + ")要(?![求点素闻害是])" + "|第(?<di>" + CN + ")[,、]"
				+ "|[(（](?<pcn>" + CN + ")[)）]" + "|(?<dun>" + CN + ")、" + "|(?<num>\\d{1,2})(?:、|\\.(?!\\d)|．)"
				+ "|[(（](?<pnum>\\d{1,2})[)）]" + "|(?<circ>[①-⑳])" + "|(?<seq>首先|其次|再次|最后)[,，]");

	private static final String BOUNDARY = "\n 。;；:：,，!！?？|\"“”\t";

	/** Families that number items inside a paragraph; they never hold sub-items. */
	boolean inline() {
		return this.family.equals("是") || this.family.equals("要") || this.family.equals("首先");
	}

	/**
	 * Every marker of the body standing at an item boundary, with numbers that continue a
	 * sequence.
	 */
	static List<Marker> find(String text, Layout layout) {
		List<Marker> found = new ArrayList<>();
		Matcher m = PATTERN.matcher(text);
		for (int i = 0; i < text.length(); i++) {
			// only where an item can begin: after a boundary, at a character a marker
			// starts with
			if (i > 0 && BOUNDARY.indexOf(text.charAt(i - 1)) < 0 || STARTS.indexOf(text.charAt(i)) < 0) {
				continue;
			}
			m.region(i, Math.min(text.length(), i + 8));
			if (!m.lookingAt() || !layout.isBody(i)) {
				continue;
			}
			Marker marker = of(m, text);
			if (marker != null && continuesSequence(marker, found)) {
				found.add(marker);
				i = m.end() - 1;
			}
		}
		return found;
	}

	private static final String STARTS = "一二三四五六七八九十第(（0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳首其再最";

	private static Marker of(Matcher m, String text) {
		String written = text.substring(m.start(), m.end());
		if (m.group("shi") != null) {
			return new Marker(m.start(), m.end(), written, "是", Characters.chineseNumber(m.group("shi")));
		}
		if (m.group("yao") != null) {
			return new Marker(m.start(), m.end(), written, "要", Characters.chineseNumber(m.group("yao")));
		}
		if (m.group("di") != null) {
			return new Marker(m.start(), m.end(), written, "第", Characters.chineseNumber(m.group("di")));
		}
		if (m.group("pcn") != null) {
			return new Marker(m.start(), m.end(), written, "(一)", Characters.chineseNumber(m.group("pcn")));
		}
		if (m.group("dun") != null) {
			return new Marker(m.start(), m.end(), written, "一、", Characters.chineseNumber(m.group("dun")));
		}
		if (m.group("num") != null) {
			return new Marker(m.start(), m.end(), written, "1、", Integer.parseInt(m.group("num")));
		}
		if (m.group("pnum") != null) {
			return new Marker(m.start(), m.end(), written, "(1)", Integer.parseInt(m.group("pnum")));
		}
		if (m.group("circ") != null) {
			return new Marker(m.start(), m.end(), written, "①", m.group("circ").charAt(0) - '①' + 1);
		}
		String word = m.group("seq");
		int number = switch (word) {
			case "首先" -> 1;
			case "最后" -> 99;
			default -> 2;
		};
		return new Marker(m.start(), m.end(), written, "首先", number);
	}

	/**
	 * Item n of a family counts only after item n-1 of the same family: "3、" alone is a
	 * date or an amount.
	 */
	private static boolean continuesSequence(Marker marker, List<Marker> earlier) {
		if (marker.family().equals("首先")) {
			// 其次/最后 only after 首先: a lone 最后， is narrative
			return marker.number() == 1 || earlier.stream().anyMatch(e -> e.family().equals("首先"));
		}
		if (marker.number() <= 1) {
			return marker.number() >= 0;
		}
		return earlier.stream().anyMatch(e -> e.family().equals(marker.family()) && e.number() == marker.number() - 1);
	}

}
