package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parties written one after another: joined by 、和及与以及 (a comma only when a predicate
 * follows the whole list), and abbreviations sharing the last word's head (公安、交通部门 →
 * 公安部门, 交通部门; 市安监、煤炭…等部门). Reads the list a clause starts with.
 */
final class PartyLists {

	/** 市安监、煤炭、消防…等部门 / 公安、交通部门: abbreviations that share the last word's head. */
	private static final Pattern SHARED_HEAD = Pattern.compile(
			"^(?<list>(?:[市县区省])?[\\u4e00-\\u9fff&&[^等、]]{2,4}(?:、[\\u4e00-\\u9fff&&[^等、]]{2,6}){1,30}?)(?<etc>等)?(?<kind>有关|相关|行业主管|主管|监管)?(?<head>部门|单位|机构|系统)");

	/** Words of a shared-head list are bare: 党政班子、各村负责人、镇直各单位 is a list of parties. */
	private static final Pattern FULL_PARTY = Pattern
		.compile("^各|(?:部门|单位|企业|政府|党委|班子|负责人|领导|干部|委员会|办公室|公司|集团|中心|支队|大队|乡镇|街道|社区|管理区|开发区|园区)$");

	private final String text;

	private final DepartmentDirectory directory;

	PartyLists(String text, DepartmentDirectory directory) {
		this.text = text;
		this.directory = directory;
	}

	/** Parties joined by 、和及与, possibly closed by 等…部门. */
	List<Party> read(int from, int to) {
		List<Party> parties = new ArrayList<>();
		int at = from;
		while (at < to) {
			Matcher shared = SHARED_HEAD.matcher(this.text.substring(at, to));
			if (shared.find() && PartyMatcher.endsWell(this.text, at + shared.end()) && bare(shared.group("list"))) {
				addShared(parties, at, shared);
				at += shared.end();
			}
			else {
				int end = PartyMatcher.match(this.text, at, this.directory);
				if (end <= at || end > to) {
					break;
				}
				parties.add(new Party(at, end, null, DepartmentMention.Role.LEAD,
						PartyGrammar.roleOnly(this.text.substring(at, end))));
				at = end;
			}
			int next = afterSeparator(at, to);
			if (next < 0) {
				break;
			}
			at = next;
		}
		return parties;
	}

	/** Position after 、/和/及/与/以及 when another party follows, else -1. */
	private int afterSeparator(int at, int to) {
		for (String separator : List.of("以及", "、", "和", "及", "与", ",", "，")) {
			if (this.text.startsWith(separator, at)) {
				int next = at + separator.length();
				boolean party = next < to && (PartyMatcher.match(this.text, next, this.directory) > next
						|| SHARED_HEAD.matcher(this.text.substring(next, to)).find());
				return party && !separator.equals(",") && !separator.equals("，") || party && commaList(at, to) ? next
						: -1;
			}
		}
		return -1;
	}

	/** 各乡镇，县直各部门要…: a comma joins parties only when a predicate follows the list. */
	private boolean commaList(int at, int to) {
		int end = at + 1;
		while (end < to) {
			int next = PartyMatcher.match(this.text, end, this.directory);
			if (next <= end) {
				return false;
			}
			if (next < to && ",，".indexOf(this.text.charAt(next)) >= 0) {
				end = next + 1;
				continue;
			}
			return next >= to || !"、和及与".contains(String.valueOf(this.text.charAt(next)));
		}
		return false;
	}

	private static boolean bare(String list) {
		String[] words = list.split("、");
		for (int k = 0; k < words.length - 1; k++) {
			if (FULL_PARTY.matcher(words[k]).find()) {
				return false;
			}
		}
		return true;
	}

	private void addShared(List<Party> parties, int at, Matcher shared) {
		String head = shared.group("head");
		int cursor = at;
		String[] words = shared.group("list").split("、");
		for (int k = 0; k < words.length; k++) {
			String word = words[k];
			boolean last = k == words.length - 1;
			int end = cursor + word.length()
					+ (last && shared.group("etc") == null && shared.group("kind") == null ? head.length() : 0);
			boolean headed = word.endsWith("委") || word.endsWith("局") || word.endsWith("办")
					|| (last && shared.group("etc") == null);
			String completion = headed ? null : word + head;
			parties.add(new Party(cursor, end, completion, DepartmentMention.Role.LEAD, false));
			cursor += word.length() + 1;
		}
	}

}
