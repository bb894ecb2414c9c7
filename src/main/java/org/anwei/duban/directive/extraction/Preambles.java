package org.anwei.duban.directive.extraction;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Requirements that are not tasks because of where they stand: the exhortations before a
 * list of the real requirements (要把思想统一到…上来。…提出以下要求：一是…), and a news lead that sums up
 * the requirements the report then details (…召开会议。会议要求，各地要…).
 */
final class Preambles {

	private static final Pattern EVENT = Pattern.compile("召开|举行|举办|召集");

	private static final Pattern CLOSING_WORDS = Pattern.compile("^(?:同志们|各位领导|总之|综上)[,，!！]");

	/** A closing sentence that still names who does what is kept. */
	private static final Pattern NAMES_PARTY = Pattern.compile("(?:部门|单位|企业|乡镇|街道|政府|局|委|办)(?:要|必须|务必|负责|牵头)");

	private static final Pattern ASSIGNMENT = Pattern.compile("由[^,，。；]{1,30}?(?:负责|牵头)|牵头|报送|上报");

	private Preambles() {
	}

	static void mark(List<Group> groups, List<Unit> units, Function<Unit, SpeechAct> acts, String text) {
		// a unit split at a second party is not in the list: it sits where its sentence
		// does
		java.util.TreeMap<Integer, Integer> byStart = new java.util.TreeMap<>();
		for (int i = 0; i < units.size(); i++) {
			byStart.putIfAbsent(units.get(i).start(), i);
		}
		Function<Unit, Integer> index = unit -> {
			var entry = byStart.floorEntry(unit.start());
			return entry == null ? 0 : entry.getValue();
		};
		markPreambles(groups, units, index, acts, text);
		markSummary(groups, units, index, acts, text);
		markClosing(groups, units, text);
	}

	private static void markPreambles(List<Group> groups, List<Unit> units, Function<Unit, Integer> index,
			Function<Unit, SpeechAct> acts, String text) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		Map<String, Long> itemsPerFamily = new java.util.HashMap<>();
		for (Group group : groups) {
			if (group.item != null && !group.isCandidate()) {
				itemsPerFamily.merge(group.item.family(), 1L, Long::sum);
			}
		}
		for (int g = 0; g < groups.size(); g++) {
			Group first = groups.get(g);
			if (first.item == null) {
				continue;
			}
			boolean listStart = !first.isCandidate() && seen.add(first.item.family())
					&& itemsPerFamily.getOrDefault(first.item.family(), 0L) >= 2;
			if (!listStart) {
				continue;
			}
			walkBack(groups, g, units, index.apply(first.units.getFirst()) - 1, acts, text);
		}
	}

	/**
	 * From the list's first item back over the requirements before it: each one that is
	 * not concrete is an exhortation before the list, until narrative or assessment, an
	 * item, or a concrete requirement intervenes (at most three).
	 */
	private static void walkBack(List<Group> groups, int g, List<Unit> units, int fromUnit,
			Function<Unit, SpeechAct> acts, String text) {
		int u = fromUnit;
		int marked = 0;
		for (int k = g - 1; k >= 0 && marked < 3; k--) {
			Group owner = groups.get(k);
			for (; u >= 0 && units.get(u).start() >= owner.end(); u--) {
				SpeechAct act = acts.apply(units.get(u));
				if (act == SpeechAct.NARRATIVE || act == SpeechAct.ASSESSMENT) {
					return;
				}
			}
			if (owner.item != null || concrete(owner, text)) {
				return;
			}
			if (!owner.isCandidate()) {
				owner.candidate = Candidate.Reason.PREAMBLE;
				marked++;
			}
			while (u >= 0 && units.get(u).end() > owner.start()) {
				u--;
			}
		}
	}

	/**
	 * A news report that opens with the event (…召开会议) and at once sums up what the
	 * meeting asked (会议要求，各地要…), then details the requirements: the summary is a
	 * candidate when at least two requirements follow it.
	 */
	private static void markSummary(List<Group> groups, List<Unit> units, Function<Unit, Integer> index,
			Function<Unit, SpeechAct> acts, String text) {
		int event = -1;
		for (int u = 0; u < units.size() && event < 0; u++) {
			if (acts.apply(units.get(u)) == SpeechAct.NARRATIVE && EVENT.matcher(units.get(u).body(text)).find()) {
				event = u;
			}
		}
		if (event < 0) {
			return;
		}
		long[] after = new long[groups.size() + 1];
		for (int g = groups.size() - 1; g >= 0; g--) {
			after[g] = after[g + 1] + (groups.get(g).isCandidate() ? 0 : 1);
		}
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			int first = index.apply(group.units.getFirst());
			if (first > event + 2) {
				break;
			}
			boolean right = first > event && first <= event + 2
					&& units.subList(event + 1, first).stream().allMatch(u -> acts.apply(u) == SpeechAct.NARRATIVE);
			if (right && !group.isCandidate() && group.item == null && after[g + 1] >= 2 && !concrete(group, text)) {
				group.candidate = Candidate.Reason.SUMMARY;
			}
		}
	}

	/**
	 * Closing words after the last list of a document: in the paragraph that closes a
	 * speech (同志们，… 希望大家…抓好各项工作落实。) or right after the last item on its line
	 * (…四要…。切实把压力转换成动力，抓好、抓深、抓实。), free requirements that name no party and nothing
	 * concrete.
	 */
	private static void markClosing(List<Group> groups, List<Unit> units, String text) {
		int lastItem = -1;
		for (int g = 0; g < groups.size(); g++) {
			if (groups.get(g).item != null && !groups.get(g).isCandidate()) {
				lastItem = g;
			}
		}
		if (lastItem < 0) {
			return;
		}
		java.util.Set<Integer> closingLines = new java.util.HashSet<>();
		for (Unit unit : units) {
			if (unit.lineStart() && CLOSING_WORDS.matcher(unit.body(text)).find()) {
				closingLines.add(unit.line());
			}
		}
		int itemLine = groups.get(lastItem).units.getLast().line();
		for (int g = lastItem + 1; g < groups.size(); g++) {
			Group group = groups.get(g);
			int line = group.units.getFirst().line();
			if (group.isCandidate() || group.item != null) {
				continue;
			}
			if (!closingLines.contains(line) && line != itemLine || concrete(group, text)
					|| NAMES_PARTY.matcher(text.substring(group.start(), group.end())).find()) {
				return;
			}
			group.candidate = Candidate.Reason.CLOSING;
		}
	}

	/**
	 * A deadline, a recurrence or an explicit assignment makes a requirement concrete.
	 */
	private static boolean concrete(Group group, String text) {
		String words = text.substring(group.start(), group.end());
		return DeadlineGrammar.find(words, java.time.LocalDate.of(2000, 6, 15), false) != null
				|| ASSIGNMENT.matcher(words).find();
	}

}
