package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Cuts a sentence that hands work to two parties (各县区负责…，市直有关部门依照各自职责，严格…) where the
 * second party begins after a comma and the part before has a party and a verb of its
 * own; and a narrative sentence where a request follows it (会上…学习了…，要求各单位认真组织学习).
 */
final class PartySplitter {

	private final String text;

	private final PartyGrammar parties;

	private final BiFunction<Integer, Integer, SpeechAct> acts;

	PartySplitter(String text, PartyGrammar parties, BiFunction<Integer, Integer, SpeechAct> acts) {
		this.text = text;
		this.parties = parties;
		this.acts = acts;
	}

	/**
	 * 要紧盯…，深入开展…，要严格落实…，要加强…: a series of 要… clauses written with commas, cut before each
	 * 要 that follows a requirement of its own (not after a condition such as 如有…，要…).
	 */
	private boolean series(int partStart, int comma, int end) {
		String after = this.text.substring(comma + 1, end);
		if (!SERIES_START.matcher(after).find() || comma - partStart < 8) {
			return false;
		}
		String before = this.text.substring(partStart, comma);
		int lastComma = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
		String previousClause = before.substring(lastComma + 1);
		return Lexicon.MODAL.matcher(before).find() && !Cues.condition(previousClause)
				&& !previousClause.matches("^(?:要|必须|务必)?[^,，]{0,4}$");
	}

	private static final java.util.regex.Pattern SERIES_START = java.util.regex.Pattern
		.compile("^(?:要|还要|更要|必须|务必)(?!求|在第一时间|及时报告)");

	List<Unit> split(Unit unit) {
		List<Unit> parts = new ArrayList<>();
		int partStart = unit.bodyStart();
		for (int i = unit.bodyStart(); i < unit.end(); i++) {
			char ch = this.text.charAt(i);
			if (ch != ',' && ch != '，') {
				continue;
			}
			if (!this.parties.startsWithParty(i + 1, unit.end()) && !series(partStart, i, unit.end())) {
				continue;
			}
			boolean secondParty = !this.parties.responsible(partStart, i).isEmpty()
					&& this.acts.apply(partStart, i).assignsWork()
					&& this.acts.apply(i + 1, unit.end()) != SpeechAct.OTHER;
			boolean request = Cues.ASKS.matcher(this.text.substring(i + 1, unit.end())).find()
					&& this.acts.apply(partStart, i) == SpeechAct.NARRATIVE;
			if (secondParty || request || series(partStart, i, unit.end())) {
				parts.add(new Unit(parts.isEmpty() ? unit.start() : partStart, partStart, i,
						parts.isEmpty() ? unit.marker() : null, unit.line(), ',', parts.isEmpty() && unit.lineStart()));
				partStart = i + 1;
			}
		}
		if (parts.isEmpty()) {
			return List.of(unit);
		}
		parts.add(new Unit(partStart, partStart, unit.end(), null, unit.line(), unit.terminator(), false));
		return parts;
	}

}
