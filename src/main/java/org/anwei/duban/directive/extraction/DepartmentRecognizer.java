package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds responsible parties in a span of the prepared text: names and aliases from the
 * directory, unit names by their shape (市…局, …支队, …公司, …人民政府), generic parties (各县区,
 * 各级各部门, 相关部门, 企业) and lists of abbreviations ("市安监、煤炭、消防…等部门"). A unit followed by 配合 or
 * 协助 assists; the others lead.
 */
final class DepartmentRecognizer {

	/** A party found at {@code [start, end)} of the prepared text. */
	record Found(String name, int start, int end, DepartmentMention.Role role) {
	}

	private static final String HAN = "[\\u4e00-\\u9fff]";

	private static final Pattern SHAPE = Pattern
		.compile("(?:市|区|县)?安委会成员单位|各(?:级各部门|级党委政府|县\\(市、区\\)人民政府|县\\(市、区\\)|县\\(区\\)|县区|" + HAN
				+ "{0,7}?(?:部门|单位|政府|领导|局|委|县|区|乡镇|镇|村|企业|地|级))" + "|(?:市|区|县|省|镇|乡|州)(?:直)?" + HAN
				+ "{1,14}?(?:管理局|监管局|委员会|局|委|办公室|办|支队|大队|公司|集团|政府|部门|中心|站|所|社)"
				+ "|(?:相关|有关|行业主管|负有安全监管职责的)部门|(?<=^|[,，、:：;；和及与])" + HAN + "{2,6}?(?:公司|集团|支队|企业)"
				+ "|(?:生产经营单位|责任人)");

	/** "市安监、煤炭、消防……等部门": every listed word is a department. */
	private static final Pattern ABBREVIATIONS = Pattern
		.compile("(?<list>(?:市|区|县)?" + HAN + "{2,4}(?:、" + HAN + "{2,4}){2,})等(?:部门|单位)");

	private static final Pattern ASSIST = Pattern.compile("^[、和及与,]?.{0,2}(配合|协助|协同)");

	private static final List<String> NOT_A_PARTY_START = List.of("各项", "各类", "各种", "严格", "督促", "组织", "加强", "推动", "落实",
			"要", "对", "起", "安全", "和", "是", "全面", "深入", "切实");

	private DepartmentRecognizer() {
	}

	static List<Found> find(String text, int from, int to, DepartmentDirectory directory) {
		String span = text.substring(from, to);
		List<Found> found = new ArrayList<>();
		for (DepartmentDirectory.Name name : directory.names()) {
			for (int at = span.indexOf(name.text()); at >= 0; at = span.indexOf(name.text(), at + 1)) {
				add(found, span, from, at, at + name.text().length(), name.text());
			}
		}
		Matcher list = ABBREVIATIONS.matcher(span);
		while (list.find()) {
			int cursor = list.start("list");
			for (String word : list.group("list").split("、")) {
				add(found, span, from, cursor, cursor + word.length(), word + (word.endsWith("委") ? "" : "部门"));
				cursor += word.length() + 1;
			}
		}
		Matcher m = SHAPE.matcher(span);
		while (m.find()) {
			if (NOT_A_PARTY_START.stream().noneMatch(m.group()::startsWith) && !m.group().contains("会议")) {
				add(found, span, from, m.start(), m.end(), m.group());
			}
		}
		found.sort(java.util.Comparator.comparingInt(Found::start));
		return found;
	}

	private static void add(List<Found> found, String span, int offset, int start, int end, String name) {
		boolean free = found.stream().noneMatch(f -> offset + start < f.end() && offset + end > f.start());
		if (free) {
			DepartmentMention.Role role = ASSIST.matcher(span.substring(end)).find() ? DepartmentMention.Role.ASSIST
					: DepartmentMention.Role.LEAD;
			found.add(new Found(name, offset + start, offset + end, role));
		}
	}

}
