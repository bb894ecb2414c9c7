package org.anwei.duban.directive;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.anwei.duban.directive.extraction.Candidate;
import org.anwei.duban.directive.extraction.ExtractedDirective;
import org.anwei.duban.directive.extraction.ExtractionResult;
import org.anwei.duban.directive.internal.Directive;
import org.anwei.duban.directive.internal.DirectiveRepository;

/**
 * Stores an extraction run next to what staff already reviewed: untouched proposals and
 * candidates of an earlier run are replaced, reviewed directives stay, and a finding
 * overlapping a reviewed one is left out. Candidates are stored with status CANDIDATE and
 * their reason. Everything is then renumbered in document order; a directive written by
 * staff keeps its place after the one it followed.
 */
final class ProposalMerger {

	private final DirectiveRepository repository;

	private final DepartmentLookup lookup;

	private final String user;

	private final Instant now;

	ProposalMerger(DirectiveRepository repository, DepartmentLookup lookup, String user, Clock clock) {
		this.repository = repository;
		this.lookup = lookup;
		this.user = user;
		this.now = clock.instant();
	}

	ExtractionOutcome merge(long meetingId, long documentId, ExtractionResult result) {
		List<Directive> existing = this.repository.findByDocument(meetingId, documentId);
		List<Directive> kept = existing.stream().filter(Directive::isReviewed).toList();
		List<Directive> replaced = existing.stream().filter(d -> !d.isReviewed()).toList();
		this.repository.deleteAll(replaced);
		this.repository.flush();

		List<Placed> placed = new ArrayList<>();
		int anchor = -1;
		for (Directive d : kept) {
			anchor = d.getSourceStart() != null ? d.getSourceStart() : anchor;
			placed.add(new Placed(d, anchor, 0));
		}
		int added = 0;
		for (ExtractedDirective found : result.directives()) {
			if (kept.stream().anyMatch(k -> k.overlaps(found.start(), found.end()))) {
				continue;
			}
			placed.add(new Placed(proposal(meetingId, documentId, found), found.start(), 1));
			added++;
		}
		int candidates = 0;
		for (Candidate candidate : result.candidates()) {
			ExtractedDirective found = candidate.directive();
			if (kept.stream().anyMatch(k -> k.overlaps(found.start(), found.end()))) {
				continue;
			}
			Directive stored = proposal(meetingId, documentId, found);
			stored.markCandidate(candidate.reason().name());
			placed.add(new Placed(stored, found.start(), 1));
			candidates++;
		}
		placed.sort(Comparator.comparingInt(Placed::anchor).thenComparingInt(Placed::fresh));
		for (int i = 0; i < placed.size(); i++) {
			placed.get(i).directive().moveTo(i + 1);
		}
		this.repository.saveAll(placed.stream().map(Placed::directive).toList());
		this.repository.flush();
		return new ExtractionOutcome(added, replaced.size(), kept.size(), candidates);
	}

	private Directive proposal(long meetingId, long documentId, ExtractedDirective found) {
		Directive directive = new Directive(meetingId, documentId, 0, DirectiveOrigin.EXTRACTED,
				truncate(found.text(), DirectiveRules.MAX_TEXT), found.start(), found.end(), found.confidence(),
				this.user, this.now);
		directive.placeInOutline(found.path(), found.marker());
		Set<DirectiveCategory> categories = EnumSet.noneOf(DirectiveCategory.class);
		found.categories().forEach(name -> DirectiveCategory.fromChineseName(name).ifPresent(categories::add));
		if (categories.isEmpty()) {
			categories.add(DirectiveCategory.GENERAL);
		}
		var deadline = found.deadline();
		directive.retitle(found.title());
		directive.setContent(directive.getText(), Assignments.fromMentions(found.departments(), this.lookup),
				deadline == null ? null : deadline.date(),
				deadline == null ? null : Recurrence.fromCode(deadline.recurrence()),
				deadline == null || deadline.phrase().isBlank() ? null : deadline.phrase(), categories);
		return directive;
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** A directive, the source position it sorts by, and whether this run found it. */
	private record Placed(Directive directive, int anchor, int fresh) {
	}

}
