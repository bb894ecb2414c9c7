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

	List<Unit> split(Unit unit) {
		List<Unit> parts = new ArrayList<>();
		int partStart = unit.bodyStart();
		for (int i = unit.bodyStart(); i < unit.end(); i++) {
			char ch = this.text.charAt(i);
			if (ch != ',' && ch != '，' || !this.parties.startsWithParty(i + 1, unit.end())) {
				continue;
			}
			boolean secondParty = !this.parties.responsible(partStart, i).isEmpty()
					&& this.acts.apply(partStart, i).assignsWork()
					&& this.acts.apply(i + 1, unit.end()) != SpeechAct.OTHER;
			boolean request = Cues.ASKS.matcher(this.text.substring(i + 1, unit.end())).find()
					&& this.acts.apply(partStart, i) == SpeechAct.NARRATIVE;
			if (secondParty || request) {
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
