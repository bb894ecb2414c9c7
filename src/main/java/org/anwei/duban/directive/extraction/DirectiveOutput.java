package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Builds the published record of a group: its words as written (offsets into the caller's
 * text), its parties (own, else inherited; 你局 stands for the addressee), its deadline
 * (own, else its list's lead-in's, else the document's action period), path, title,
 * topics and confidence.
 */
record DirectiveOutput(String input, NormalizedText prepared, PartyGrammar parties, DepartmentDirectory directory,
		List<Party> addressees, @Nullable LocalDate reference, boolean yearOnly, @Nullable Deadline period) {

	ExtractedDirective directive(Group group, int seq) {
		String text = this.prepared.text();
		int start = this.prepared.originalIndex(spanStart(group));
		int end = this.prepared.originalEnd(group.end());
		String words = text.substring(group.start(), group.end());
		Deadline deadline = DeadlineGrammar.find(words, this.reference, this.yearOnly);
		if (deadline == null && group.leadIn != null) {
			// 以下工作于12月底前完成：一、… — the items share their lead-in's deadline
			deadline = DeadlineGrammar.find(group.leadIn.body(text), this.reference, this.yearOnly);
		}
		if (deadline == null) {
			deadline = this.period;
		}
		List<DepartmentMention> mentions = mentions(group);
		Marker marker = group.item != null && group.units.getFirst().marker() != null ? group.item : null;
		String writtenMarker = marker == null ? null : written(marker.start(), marker.end());
		List<String> path = new ArrayList<>();
		for (Marker section : group.sections) {
			path.add(written(section.start(), section.end()));
		}
		if (writtenMarker != null) {
			path.add(writtenMarker);
		}
		return new ExtractedDirective(seq, path, writtenMarker, title(group), this.input.substring(start, end), start,
				end, mentions, deadline, Categories.of(words), confidence(group, mentions));
	}

	/**
	 * Where the requirement's words begin: after the speaker's framing (副县长王某在讲话中强调，要… →
	 * 要…), which belongs to no task.
	 */
	private int spanStart(Group group) {
		Unit first = group.units.getFirst();
		if (group.heading != null) {
			return first.bodyStart();
		}
		SpeechActs.Framing frame = SpeechActs.framing(this.prepared.text(), first.bodyStart(), first.end(),
				this.parties);
		boolean punctuated = frame != null && frame.contentStart() > first.bodyStart()
				&& ",，:：".indexOf(this.prepared.text().charAt(frame.contentStart() - 1)) >= 0;
		return punctuated && frame.contentStart() < first.end() ? frame.contentStart() : first.bodyStart();
	}

	/** One item of an inline list (三个落实，即…), with the parties of its sentence. */
	ExtractedDirective item(ExtractedDirective list, InlineLists.Item item) {
		int start = this.prepared.originalIndex(item.start());
		int end = this.prepared.originalEnd(item.end());
		List<DepartmentMention> inherited = list.departments()
			.stream()
			.map(m -> new DepartmentMention(m.mention(), m.department(), m.role(), true))
			.toList();
		return new ExtractedDirective(0, list.path(), item.label(), Titles.of(null, item.words()),
				this.input.substring(start, end), start, end, inherited, list.deadline(), Categories.of(item.words()),
				list.confidence());
	}

	private String title(Group group) {
		Unit work = group.units.stream().filter(u -> u != group.heading).findFirst().orElse(group.units.getFirst());
		String heading = group.heading == null ? null : group.heading.body(this.prepared.text());
		return DirectiveExtractor.titleOf(this.parties, work.bodyStart(), work.end(), heading);
	}

	private List<DepartmentMention> mentions(Group group) {
		List<Party> explicit = new ArrayList<>();
		boolean pronoun = false;
		for (Unit unit : group.units) {
			explicit.addAll(this.parties.responsible(unit.bodyStart(), unit.end()));
			pronoun |= this.parties.addressesReader(unit.bodyStart(), unit.end());
		}
		Map<String, DepartmentMention> byName = new LinkedHashMap<>();
		boolean rolesOnly = explicit.stream().allMatch(Party::roleOnly);
		// 你局应…: the reply speaks to its addressee
		List<Party> from = pronoun && !this.addressees.isEmpty() ? this.addressees : group.inherited;
		if (explicit.isEmpty() || rolesOnly) {
			for (Party party : from) {
				add(byName, party, true);
			}
		}
		for (Party party : explicit) {
			add(byName, party, false);
		}
		return List.copyOf(byName.values());
	}

	private void add(Map<String, DepartmentMention> byName, Party party, boolean inherited) {
		// as written, with a pinyin annotation after its last character
		// (各鄉(xiāng)鎮(zhèn)), without
		// the line breaks of a wrapped page
		String words = this.input
			.substring(this.prepared.originalIndex(party.start()), this.prepared.originalIndex(party.end()))
			.replaceAll("[\\s\\u3000]+", "");
		String mention = party.completion() != null ? party.completion() : words;
		String key = Characters.simplified(mention);
		if (byName.containsKey(key)) {
			return;
		}
		String resolved = this.directory.resolve(party.completion() != null ? party.completion()
				: this.prepared.text().substring(party.start(), party.end()))
			.orElse(null);
		byName.put(key, new DepartmentMention(mention, resolved, party.role(), inherited));
	}

	/** The input's words for {@code [start, end)} of the prepared text. */
	private String written(int start, int end) {
		return this.input.substring(this.prepared.originalIndex(start), this.prepared.originalEnd(end)).strip();
	}

	private static double confidence(Group group, List<DepartmentMention> mentions) {
		if (group.isCandidate()) {
			return 0.3;
		}
		double score = 0.45 + (group.item != null ? 0.2 : 0) + (group.act == SpeechAct.REQUIREMENT ? 0.2 : 0)
				+ (mentions.stream().anyMatch(m -> !m.inherited()) ? 0.1 : 0);
		return Math.min(0.95, Math.round(score * 100) / 100.0);
	}
}
