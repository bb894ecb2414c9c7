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

		DirectiveOutput output = new DirectiveOutput(input, prepared, parties, directory, layout.addressees(),
				reference, yearOnly, period);
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
	static String titleOf(PartyGrammar parties, int from, int to, @Nullable String heading) {
		String text = parties.text();
		int start = SpeechActs.contentStart(text, from, to, parties);
		List<Party> own = parties.responsible(start, to);
		if (!own.isEmpty() && text.substring(start, own.getFirst().start()).matches("^(?:要求|由|请|\\s)*$")) {
			int subjectEnd = own.getFirst().end();
			for (Party party : own) {
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

}
