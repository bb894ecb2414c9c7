package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Turns the text of a speech, minutes, notice or news report into the requirements it
 * contains.
 *
 * <p>
 * How: the text is prepared (traditional → simplified, full-width → half-width, pinyin
 * and wrapped lines removed, every offset kept; see {@link NormalizedText}); its frame is
 * read (titles, numbers, addressees, signature, page chrome; see {@link LayoutReader});
 * the body is cut into units at sentence ends, semicolons and enumerators ({@link Units})
 * and each unit's speech act is told ({@link SpeechActs}); the units are grouped into
 * requirements and candidates ({@link Assembler}, {@link Preambles}); then each
 * requirement gets its parties ({@link PartyGrammar}), its deadline
 * ({@link DeadlineGrammar}), a short title ({@link Titles}) and its topics
 * ({@link Categories}).
 */
public final class DirectiveExtractor {

	public ExtractionResult extract(String input, @Nullable LocalDate meetingDate, DepartmentDirectory directory) {
		NormalizedText prepared = NormalizedText.of(input);
		String text = prepared.text();
		Layout layout = LayoutReader.read(text, directory);
		boolean yearOnly = meetingDate == null && layout.documentDate() == null && layout.documentYear() != null;
		LocalDate reference = meetingDate != null ? meetingDate : layout.documentDate() != null ? layout.documentDate()
				: layout.documentYear() != null ? LocalDate.of(layout.documentYear(), 1, 1) : null;
		List<Marker> markers = Marker.find(text, layout);
		List<Unit> units = Units.split(text, layout, markers);
		PartyGrammar parties = new PartyGrammar(text, directory);
		Assembler assembler = new Assembler(text, units, Outline.of(markers, text.length()), parties,
				layout.addressees());
		List<Group> groups = assembler.assemble();
		Preambles.mark(groups, units, assembler::actOf, text);
		if (groups.stream().allMatch(Group::isCandidate)) {
			groups = withWeakCandidates(groups, units, assembler, text);
		}
		Deadline period = DeadlineGrammar.periodEnd(bodyText(text, layout), reference, yearOnly);

		Output output = new Output(input, prepared, parties, directory, layout.addressees(), reference, yearOnly,
				period);
		List<ExtractedDirective> directives = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		for (Group group : groups) {
			ExtractedDirective found = output.directive(group, directives.size() + candidates.size() + 1);
			if (group.isCandidate()) {
				candidates.add(new Candidate(found, group.candidate));
				continue;
			}
			List<InlineLists.Item> items = InlineLists.in(text, group.start(), group.end());
			if (items.isEmpty()) {
				directives.add(found);
			}
			else {
				items.forEach(item -> directives.add(output.item(found, item)));
			}
		}
		return new ExtractionResult(meetingDate != null ? meetingDate : yearOnly ? null : reference,
				renumber(directives), candidates);
	}

	/**
	 * A short task title for a sentence written or split by staff: the same rule as for
	 * extracted requirements (the action and its object, without party, modal words or
	 * deadline).
	 */
	public static String title(String sentence) {
		String text = NormalizedText.of(sentence.strip()).text();
		return titleOf(new PartyGrammar(text, DepartmentDirectory.empty()), 0, text.length(), null);
	}

	/**
	 * The words after the framing and the subject of {@code [from, to)}, made a title.
	 */
	private static String titleOf(PartyGrammar parties, int from, int to, @Nullable String heading) {
		String text = parties.text();
		int start = SpeechActs.contentStart(text, from, to, parties);
		List<PartyGrammar.Party> own = parties.responsible(start, to);
		if (!own.isEmpty() && text.substring(start, own.getFirst().start()).matches("^(?:要求|由|请|\\s)*$")) {
			int subjectEnd = own.getFirst().end();
			for (PartyGrammar.Party party : own) {
				if (text.substring(subjectEnd, Math.max(subjectEnd, party.start())).matches("[、和及与,，\\s]*")) {
					subjectEnd = Math.max(subjectEnd, party.end());
				}
			}
			start = subjectEnd;
		}
		return Titles.of(heading, text.substring(start, to));
	}

	/**
	 * A text with no clear requirement: its sentences that speak of work (加强, 落实, 推进 …)
	 * are offered as candidates, so a reviewer still sees them.
	 */
	private static List<Group> withWeakCandidates(List<Group> groups, List<Unit> units, Assembler assembler,
			String text) {
		List<Group> all = new ArrayList<>(groups);
		for (Unit unit : units) {
			SpeechAct act = assembler.actOf(unit);
			boolean grouped = groups.stream().anyMatch(g -> g.units.contains(unit));
			if (!grouped && (act == SpeechAct.OTHER || act == SpeechAct.ACTION)
					&& WORK.matcher(unit.body(text)).find()) {
				Group weak = new Group(null, unit, act, false, List.of());
				weak.candidate = Candidate.Reason.WEAK;
				all.add(weak);
			}
		}
		all.sort(java.util.Comparator.comparingInt(Group::start));
		return all;
	}

	private static final java.util.regex.Pattern WORK = java.util.regex.Pattern
		.compile("加强|落实|推进|开展|确保|整治|排查|整改|检查|建立|完善|强化");

	private static String bodyText(String text, Layout layout) {
		StringBuilder body = new StringBuilder();
		for (Layout.Line line : layout.lines()) {
			if (line.kind() == Layout.Kind.BODY) {
				body.append(text, line.start(), line.end()).append('\n');
			}
		}
		return body.toString();
	}

	private static List<ExtractedDirective> renumber(List<ExtractedDirective> directives) {
		List<ExtractedDirective> numbered = new ArrayList<>();
		for (ExtractedDirective d : directives) {
			numbered.add(new ExtractedDirective(numbered.size() + 1, d.path(), d.marker(), d.title(), d.text(),
					d.start(), d.end(), d.departments(), d.deadline(), d.categories(), d.confidence()));
		}
		return numbered;
	}

	/**
	 * Builds the published record of a group: words as written, parties, deadline, title.
	 */
	private record Output(String input, NormalizedText prepared, PartyGrammar parties, DepartmentDirectory directory,
			List<PartyGrammar.Party> addressees, @Nullable LocalDate reference, boolean yearOnly,
			@Nullable Deadline period) {

		ExtractedDirective directive(Group group, int seq) {
			String text = this.prepared.text();
			int start = this.prepared.originalIndex(group.start());
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
			return new ExtractedDirective(seq, path, writtenMarker, title(group), this.input.substring(start, end),
					start, end, mentions, deadline, Categories.of(words), confidence(group, mentions));
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
					this.input.substring(start, end), start, end, inherited, list.deadline(),
					Categories.of(item.words()), list.confidence());
		}

		private String title(Group group) {
			Unit work = group.units.stream().filter(u -> u != group.heading).findFirst().orElse(group.units.getFirst());
			String heading = group.heading == null ? null : group.heading.body(this.prepared.text());
			return titleOf(this.parties, work.bodyStart(), work.end(), heading);
		}

		private List<DepartmentMention> mentions(Group group) {
			List<PartyGrammar.Party> explicit = new ArrayList<>();
			boolean pronoun = false;
			for (Unit unit : group.units) {
				explicit.addAll(this.parties.responsible(unit.bodyStart(), unit.end()));
				pronoun |= this.parties.addressesReader(unit.bodyStart(), unit.end());
			}
			Map<String, DepartmentMention> byName = new LinkedHashMap<>();
			boolean rolesOnly = explicit.stream().allMatch(PartyGrammar.Party::roleOnly);
			// 你局应…: the reply speaks to its addressee
			List<PartyGrammar.Party> from = pronoun && !this.addressees.isEmpty() ? this.addressees : group.inherited;
			if (explicit.isEmpty() || rolesOnly) {
				for (PartyGrammar.Party party : from) {
					add(byName, party, true);
				}
			}
			for (PartyGrammar.Party party : explicit) {
				add(byName, party, false);
			}
			return List.copyOf(byName.values());
		}

		private void add(Map<String, DepartmentMention> byName, PartyGrammar.Party party, boolean inherited) {
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

}
