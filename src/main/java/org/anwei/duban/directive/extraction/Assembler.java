package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Groups the units of a body into requirements and candidates.
 *
 * <p>
 * Items of an enumeration are the requirements; an item whose later sentences carry other
 * work gives one requirement per piece (see {@link WorkBoundary}). A short heading
 * (一是深入推进煤矿瓦斯防治。) opens its item's first requirement. Outside enumerations each sentence
 * with a requirement counts; a sentence that starts with a verb of work counts where a
 * speaker asks for it (会议要求，…) or a list was announced. Exhortations and the speaker's
 * own plans go to the candidates. Parties that a requirement does not name come from
 * {@link Inheritance}.
 */
final class Assembler {

	private final String text;

	private final List<Unit> units;

	private final Outline outline;

	private final PartyGrammar parties;

	private final WorkBoundary boundary;

	private final Inheritance inheritance;

	private final List<Group> groups = new ArrayList<>();

	private final Map<Unit, SpeechAct> acts = new IdentityHashMap<>();

	private final Map<Long, SpeechAct> classified = new HashMap<>();

	private @Nullable Group current;

	private @Nullable Marker item;

	/** A section whose sub-items have not begun: its words are a heading or a lead-in. */
	private @Nullable Marker sectionIntro;

	/** Free sentences are asked for (a speaker's request or an announced list). */
	private boolean requirementRegion;

	/** The current list was announced by a lead-in or a speaker's request. */
	private boolean listAsked;

	/**
	 * The current item asks for work (its list was asked for, or its own lead-in asks).
	 */
	private boolean itemAsked;

	Assembler(String text, List<Unit> units, Outline outline, PartyGrammar parties, List<Party> addressees) {
		this.text = text;
		this.units = units;
		this.outline = outline;
		this.parties = parties;
		this.boundary = new WorkBoundary(text, parties);
		this.inheritance = new Inheritance(outline, addressees);
	}

	List<Group> assemble() {
		PartySplitter splitter = new PartySplitter(this.text, this.parties, this::classify);
		for (int index = 0; index < this.units.size(); index++) {
			Unit unit = this.units.get(index);
			List<Unit> parts = splitter.split(unit);
			if (parts.size() > 1) {
				// the sentence as a whole keeps an act too, for the walks over the text
				this.acts.put(unit, classify(unit.bodyStart(), unit.end()));
			}
			for (Unit part : parts) {
				accept(part, index);
			}
		}
		finish();
		return this.groups;
	}

	SpeechAct actOf(Unit unit) {
		return this.acts.getOrDefault(unit, SpeechAct.OTHER);
	}

	private SpeechAct classify(int from, int to) {
		return this.classified.computeIfAbsent(((long) from << 32) | to,
				key -> SpeechActs.classify(this.text, from, to, this.parties));
	}

	private void accept(Unit unit, int index) {
		if (Cues.trivial(unit.body(this.text))) {
			return;
		}
		if (Cues.labelled(unit.body(this.text))) {
			// 牵头单位：… / 完成时限：… under an item: its parties and deadline
			Group owner = this.current != null ? this.current : this.groups.isEmpty() ? null : this.groups.getLast();
			if (owner != null) {
				owner.add(unit, SpeechAct.OTHER);
			}
			return;
		}
		List<Party> own = this.parties.responsible(unit.bodyStart(), unit.end());
		SpeechAct act = classify(unit.bodyStart(), unit.end());
		this.acts.put(unit, act);
		SpeechActs.Framing frame = SpeechActs.framing(this.text, unit.bodyStart(), unit.end(), this.parties);
		Marker marker = unit.marker();
		if (marker != null) {
			finish();
			if (this.outline.isSection(marker)) {
				this.item = null;
				this.sectionIntro = marker;
				this.inheritance.section(marker, unit, own);
				return;
			}
			this.sectionIntro = null;
			if (this.item == null || !this.item.family().equals(marker.family())) {
				this.inheritance.listStarts();
				this.listAsked = this.requirementRegion;
			}
			this.item = marker;
			this.inheritance.itemStarts();
			this.itemAsked = this.listAsked;
		}
		else if (this.item != null && (!this.outline.contains(this.item, unit.start()) || listEnds(unit, act, frame))) {
			finish();
			this.item = null;
		}
		if (frame != null && marker == null) {
			this.requirementRegion = !SpeechActs.assessing(frame.verb());
			this.inheritance.subject(own);
		}
		if (this.item != null) {
			inItem(unit, index, act, own);
		}
		else if (this.sectionIntro != null) {
			introduce(this.sectionIntro, unit, act, own);
		}
		else {
			free(unit, act, own);
		}
	}

	/**
	 * A new line that reports, judges, frames, announces or closes ends the list before
	 * it.
	 */
	private boolean listEnds(Unit unit, SpeechAct act, SpeechActs.@Nullable Framing frame) {
		return unit.lineStart() && (frame != null || act == SpeechAct.NARRATIVE || act == SpeechAct.ASSESSMENT
				|| act == SpeechAct.LEAD_IN || act == SpeechAct.COMMITMENT || Cues.closing(unit.body(this.text)));
	}

	private void inItem(Unit unit, int index, SpeechAct given, List<Party> own) {
		// 一要抓好重点领域整治。县住建局要…: a short opening heads the item even when its marker asks
		boolean heading = isHeading(unit, index, given);
		SpeechAct act = itemAct(unit, given);
		this.acts.put(unit, act);
		if (act == SpeechAct.COMMITMENT) {
			finish();
			return;
		}
		Group group = this.current;
		if (group == null) {
			if (heading || act.assignsWork() || act == SpeechAct.EXHORTATION) {
				this.current = new Group(this.item, unit, act, heading, this.inheritance.forItem(this.item));
			}
			return;
		}
		if (group.weak && (act.assignsWork() || act == SpeechAct.EXHORTATION)) {
			group.add(unit, act);
		}
		else if (act.assignsWork() && this.boundary.startsNewWork(unit, own, group)) {
			finish();
			this.current = new Group(this.item, unit, act, false, this.inheritance.forItem(this.item));
		}
		else if (act != SpeechAct.OTHER || !unit.lineStart()) {
			// a line of no work after the item (a page footer) is not part of it
			group.add(unit, act);
		}
	}

	/**
	 * An item numbered 一要/二要 carries its modal in the marker; an item of a list a speaker
	 * asked for (会议强调：一是…, 现将有关事项通知如下：1、…) is work even when its verb is not one the
	 * lexicon knows.
	 */
	private SpeechAct itemAct(Unit unit, SpeechAct act) {
		Marker marker = unit.marker();
		if (marker != null && marker.family().equals("要") && act != SpeechAct.NARRATIVE && act != SpeechAct.LEAD_IN) {
			return SpeechAct.REQUIREMENT;
		}
		if (act == SpeechAct.LEAD_IN) {
			// 一、会议指出：… judges; 二、会议要求：… asks
			SpeechActs.Framing frame = SpeechActs.framing(this.text, unit.bodyStart(), unit.end(), this.parties);
			this.itemAsked = frame == null ? Cues.asksForWork(unit.body(this.text))
					: !SpeechActs.assessing(frame.verb());
		}
		else if (act == SpeechAct.OTHER && this.itemAsked && marker != null && !Cues.noWork(unit.body(this.text))) {
			return SpeechAct.ACTION;
		}
		return act;
	}

	private void free(Unit unit, SpeechAct act, List<Party> own) {
		switch (act) {
			case LEAD_IN -> {
				finish();
				this.inheritance.leadIn(unit, own);
				this.requirementRegion = Cues.asksForWork(unit.body(this.text));
			}
			case NARRATIVE, ASSESSMENT -> {
				finish();
				this.inheritance.forget();
				this.requirementRegion = false;
			}
			case COMMITMENT -> {
				finish();
				if (Lexicon.CONCRETE.matcher(unit.body(this.text)).find()) {
					startFree(unit, act, Candidate.Reason.COMMITMENT);
				}
			}
			case EXHORTATION -> {
				finish();
				startFree(unit, act, Candidate.Reason.EXHORTATION);
			}
			case REQUIREMENT, ACTION -> work(unit, act);
			default -> {
				Group group = this.current;
				if (group != null && !unit.lineStart() && unit.length() < 15) {
					group.add(unit, act);
				}
				else {
					finish();
				}
			}
		}
		if (act != SpeechAct.NARRATIVE && act != SpeechAct.LEAD_IN) {
			this.inheritance.subject(own);
		}
	}

	/**
	 * A free sentence of work: a requirement, or a verb of work where it was asked for; a
	 * condition in the same sentence stays with the requirement before it.
	 */
	private void work(Unit unit, SpeechAct act) {
		Group group = this.current;
		boolean asked = act == SpeechAct.REQUIREMENT || this.requirementRegion || group != null && !group.isCandidate();
		if (!asked) {
			finish();
		}
		else if (group != null && !group.isCandidate() && !WorkBoundary.sentenceEnded(group)
				&& this.boundary.elaborates(unit)) {
			group.add(unit, act);
		}
		else {
			finish();
			startFree(unit, act, null);
		}
	}

	private void startFree(Unit unit, SpeechAct act, Candidate.@Nullable Reason reason) {
		Group group = new Group(null, unit, act, false, this.inheritance.forFreeSentence());
		group.candidate = reason;
		this.current = group;
	}

	/**
	 * A short item opening without a modal (一是深入推进煤矿瓦斯防治。/ 一、提高思想认识) heads the item's
	 * sentences.
	 */
	private boolean isHeading(Unit unit, int index, SpeechAct act) {
		if (unit.marker() == null || act == SpeechAct.REQUIREMENT || index + 1 >= this.units.size()) {
			return false;
		}
		int following = index + 1;
		while (following < this.units.size() && Cues.trivial(this.units.get(following).body(this.text))) {
			following++;
		}
		if (following >= this.units.size()) {
			return false;
		}
		Unit next = this.units.get(following);
		boolean more = next.marker() == null && this.item != null && this.outline.contains(this.item, next.start());
		return more && unit.length() <= 32 && unit.terminator() != ';';
	}

	/**
	 * The words of a section before its sub-items: their parties pass to the items; a
	 * requirement among them is an exhortation before the list, a candidate.
	 */
	private void introduce(Marker section, Unit unit, SpeechAct act, List<Party> own) {
		this.inheritance.sectionWords(section, own);
		finish();
		if (act.assignsWork() || act == SpeechAct.EXHORTATION) {
			startFree(unit, act, Candidate.Reason.PREAMBLE);
		}
	}

	private void finish() {
		Group group = this.current;
		this.current = null;
		if (group == null || group.heading != null && group.units.size() == 1) {
			// 一、工作目标 with no work under it is a heading, not a requirement
			return;
		}
		if (group.item != null) {
			group.sections = this.outline.sectionsOver(group.item);
			group.leadIn = this.inheritance.leadInOf(group.item);
			List<Party> explicit = new ArrayList<>();
			for (Unit unit : group.units) {
				explicit.addAll(this.parties.responsible(unit.bodyStart(), unit.end()));
			}
			this.inheritance.itemNamed(explicit);
		}
		this.groups.add(group);
	}

}
