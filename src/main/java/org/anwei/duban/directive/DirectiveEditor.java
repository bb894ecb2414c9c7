package org.anwei.duban.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.extraction.DirectiveExtractor;
import org.anwei.duban.directive.internal.Directive;
import org.anwei.duban.directive.internal.DirectiveRepository;
import org.jspecify.annotations.Nullable;

/**
 * The changes staff make to proposals, each recorded in the audit trail. Runs inside
 * {@link DirectiveService}'s secured transactions; not a bean of its own.
 */
final class DirectiveEditor {

	private static final String ENTITY_KEY = "entity.directive";

	private final DirectiveRepository repository;

	private final AuditTrail auditTrail;

	private final Clock clock;

	DirectiveEditor(DirectiveRepository repository, AuditTrail auditTrail, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** The directive as the user saw it; refused if someone changed it since. */
	Directive loadCurrent(DirectiveRef ref) {
		Directive directive = this.repository.findById(ref.id())
			.orElseThrow(() -> new NotFoundException(ENTITY_KEY, ref.id()));
		if (directive.getVersion() != ref.version()) {
			throw new ConcurrentEditException(ENTITY_KEY, ref.id());
		}
		return directive;
	}

	/**
	 * As {@link #loadCurrent}, and still open to change (not issued, deleted or a
	 * candidate).
	 */
	Directive loadProposed(DirectiveRef ref) {
		Directive directive = loadCurrent(ref);
		if (directive.getStatus() != DirectiveStatus.PROPOSED) {
			throw ValidationException.of("directive.status", "validation.directive.not-proposed",
					directive.getText().length() > 20 ? directive.getText().substring(0, 20) + "…"
							: directive.getText());
		}
		return directive;
	}

	Directive add(long meetingId, long documentId, @Nullable Long afterId, DirectiveCommand command,
			DepartmentLookup lookup, String user) {
		List<Directive> ordered = this.repository.findByDocument(meetingId, documentId);
		int after = ordered.size();
		if (afterId != null) {
			for (int i = 0; i < ordered.size(); i++) {
				if (Objects.equals(ordered.get(i).getId(), afterId)) {
					after = i + 1;
				}
			}
		}
		Directive directive = new Directive(meetingId, documentId, 0, DirectiveOrigin.MANUAL, command.text().strip(),
				null, null, 1.0, user, this.clock.instant());
		apply(directive, command, lookup, null);
		List<Directive> renumbered = new ArrayList<>(ordered);
		renumbered.add(after, directive);
		renumber(renumbered);
		this.repository.saveAndFlush(directive);
		record(directive, "ADDED", FieldChange.between(null, directive.snapshot()));
		return directive;
	}

	void update(Directive directive, DirectiveCommand command, DepartmentLookup lookup, String user) {
		Map<String, Object> before = directive.snapshot();
		boolean sameDeadline = Objects.equals(directive.getDeadlineDate(), command.deadlineDate())
				&& directive.getRecurrence() == command.recurrence();
		apply(directive, command, lookup, sameDeadline ? directive.getDeadlinePhrase() : null);
		directive.markEdited(user, this.clock.instant());
		flush(directive);
		List<FieldChange> changes = FieldChange.between(before, directive.snapshot());
		if (!changes.isEmpty()) {
			record(directive, "UPDATED", changes);
		}
	}

	void changeStatus(Directive directive, String action, Consumer<Directive> change) {
		changeStatus(List.of(directive), action, change);
	}

	/**
	 * Applies one status change to many rows with a single flush: flushing per row would
	 * re-check every loaded row each time.
	 */
	void changeStatus(List<Directive> directives, String action, Consumer<Directive> change) {
		List<Map<String, Object>> before = directives.stream().map(Directive::snapshot).toList();
		directives.forEach(change);
		if (!directives.isEmpty()) {
			flush(directives.getFirst());
		}
		for (int i = 0; i < directives.size(); i++) {
			Directive directive = directives.get(i);
			record(directive, action, FieldChange.between(before.get(i), directive.snapshot()));
		}
	}

	Directive merge(List<Directive> parts, String user) {
		Directive first = parts.getFirst();
		Map<String, Object> before = first.snapshot();
		StringBuilder text = new StringBuilder();
		for (Directive part : parts) {
			text.append(joinable(text, part.getText()));
		}
		if (text.length() > DirectiveRules.MAX_TEXT) {
			throw ValidationException.of("directive.merge", "validation.too-long", DirectiveRules.MAX_TEXT);
		}
		Integer start = parts.stream()
			.map(Directive::getSourceStart)
			.filter(Objects::nonNull)
			.min(Integer::compare)
			.orElse(null);
		Integer end = parts.stream()
			.map(Directive::getSourceEnd)
			.filter(Objects::nonNull)
			.max(Integer::compare)
			.orElse(null);
		Set<DirectiveCategory> categories = EnumSet.noneOf(DirectiveCategory.class);
		parts.forEach(p -> categories.addAll(p.getCategories()));
		if (categories.size() > 1) {
			categories.remove(DirectiveCategory.GENERAL);
		}
		Directive earliest = parts.stream()
			.filter(p -> p.getDeadlineDate() != null)
			.min(Comparator.comparing(p -> Objects.requireNonNull(p.getDeadlineDate())))
			.orElse(first);
		Recurrence recurrence = parts.stream()
			.map(Directive::getRecurrence)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		first.setContent(text.toString(), Assignments.union(parts.stream().map(Directive::getAssignments).toList()),
				earliest.getDeadlineDate(), recurrence, earliest.getDeadlinePhrase(), categories);
		first.moveSource(start, end);
		first.markEdited(user, this.clock.instant());
		changeStatus(parts.subList(1, parts.size()), "MERGED_AWAY", other -> other.discard(user, this.clock.instant()));
		flush(first);
		record(first, "MERGED", FieldChange.between(before, first.snapshot()));
		return first;
	}

	Directive split(Directive directive, int at, String documentText, String user) {
		Map<String, Object> before = directive.snapshot();
		String head = withoutTrailingComma(directive.getText().substring(0, at).strip());
		String tail = directive.getText().substring(at).strip();
		Integer start = directive.getSourceStart();
		Integer end = directive.getSourceEnd();
		Integer tailStart = null;
		if (start != null && end != null && end <= documentText.length()) {
			int found = documentText.indexOf(tail, start);
			tailStart = found >= 0 && found < end ? found : null;
		}
		Directive second = new Directive(directive.getMeetingId(), directive.getDocumentId(), 0, directive.getOrigin(),
				tail, tailStart != null ? tailStart : start, end, directive.getConfidence(), user,
				this.clock.instant());
		second.placeInOutline(directive.getPath(), null);
		second.setContent(tail, directive.getAssignments(), directive.getDeadlineDate(), directive.getRecurrence(),
				directive.getDeadlinePhrase(), directive.getCategories());
		second.retitle(DirectiveExtractor.title(tail));
		second.markEdited(user, this.clock.instant());
		directive.retitle(DirectiveExtractor.title(head));
		directive.setContent(head, directive.getAssignments(), directive.getDeadlineDate(), directive.getRecurrence(),
				directive.getDeadlinePhrase(), directive.getCategories());
		if (tailStart != null) {
			directive.moveSource(start, tailStart);
		}
		directive.markEdited(user, this.clock.instant());
		List<Directive> ordered = new ArrayList<>(
				this.repository.findByDocument(directive.getMeetingId(), directive.getDocumentId()));
		ordered.add(ordered.indexOf(directive) + 1, second);
		renumber(ordered);
		this.repository.saveAndFlush(second);
		flush(directive);
		record(directive, "SPLIT", FieldChange.between(before, directive.snapshot()));
		record(second, "ADDED", FieldChange.between(null, second.snapshot()));
		return second;
	}

	private void apply(Directive directive, DirectiveCommand command, DepartmentLookup lookup,
			@Nullable String deadlinePhrase) {
		Set<DirectiveCategory> categories = command.categories().isEmpty() ? Set.of(DirectiveCategory.GENERAL)
				: command.categories();
		LocalDate date = command.deadlineDate();
		directive.setContent(command.text().strip(), Assignments.fromCommand(command, lookup), date,
				command.recurrence(), deadlinePhrase, categories);
		String title = command.title();
		directive.retitle(title == null || title.isBlank() ? DirectiveExtractor.title(command.text()) : title);
	}

	private static void renumber(List<Directive> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	private static String withoutTrailingComma(String text) {
		String result = text;
		while (!result.isEmpty() && "，,、".indexOf(result.charAt(result.length() - 1)) >= 0) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	/**
	 * Joins texts; a part that does not end a sentence gets a 。 so the join reads well.
	 */
	private static String joinable(StringBuilder sofar, String next) {
		if (sofar.isEmpty()) {
			return next;
		}
		char last = sofar.charAt(sofar.length() - 1);
		return "。；;！!？?".indexOf(last) >= 0 ? next : "。" + next;
	}

	private void flush(Directive directive) {
		OptimisticLocking.flush(this.repository, ENTITY_KEY, Objects.requireNonNull(directive.getId()));
	}

	private void record(Directive directive, String action, List<FieldChange> changes) {
		String text = directive.getText();
		this.auditTrail.recordChange(DirectiveService.ENTITY, Objects.requireNonNull(directive.getId()), action,
				text.length() > 60 ? text.substring(0, 60) + "…" : text, changes);
	}

}
