package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Units that together make one requirement (or one candidate): an item's heading and its
 * sentences, or a sentence and the clauses that elaborate it. {@code inherited} is where
 * its parties come from when it names none.
 */
final class Group {

	final List<Unit> units = new ArrayList<>();

	final @Nullable Marker item;

	final @Nullable Unit heading;

	final SpeechAct act;

	final List<Party> inherited;

	Candidate.@Nullable Reason candidate;

	/** The sections its item sits in (三、 over (二)), outermost first. */
	List<Marker> sections = List.of();

	/** The lead-in of its list or section (以下工作于12月底前完成：), for a deadline it shares. */
	@Nullable Unit leadIn;

	/** Only a heading or an exhortation so far: the next sentence of work joins it. */
	boolean weak;

	Group(@Nullable Marker item, Unit first, SpeechAct act, boolean heading, List<Party> inherited) {
		this.item = item;
		this.heading = heading ? first : null;
		this.act = act;
		this.inherited = List.copyOf(inherited);
		this.weak = heading || act == SpeechAct.EXHORTATION;
		this.units.add(first);
	}

	void add(Unit unit, SpeechAct unitAct) {
		this.units.add(unit);
		// a heading takes one sentence; an exhortation waits for the work it introduces
		this.weak &= this.heading == null && unitAct == SpeechAct.EXHORTATION;
	}

	int start() {
		return this.units.getFirst().bodyStart();
	}

	int end() {
		return this.units.getLast().end();
	}

	boolean isCandidate() {
		return this.candidate != null;
	}

}
