package org.anwei.duban.directive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.anwei.duban.directive.internal.Assignment;
import org.anwei.duban.directive.internal.Directive;

/**
 * Entities to records, numbering the rows staff see (deleted ones and candidates get no
 * number).
 */
final class DirectiveMapper {

	private DirectiveMapper() {
	}

	static List<DirectiveDetails> toDetails(List<Directive> ordered, DepartmentLookup lookup) {
		List<DirectiveDetails> result = new ArrayList<>(ordered.size());
		int number = 0;
		for (Directive d : ordered) {
			boolean numbered = d.getStatus() != DirectiveStatus.DISCARDED && d.getStatus() != DirectiveStatus.CANDIDATE;
			int shown = numbered ? ++number : 0;
			result.add(toDetails(d, shown, lookup));
		}
		return result;
	}

	static DirectiveDetails toDetails(Directive d, int number, DepartmentLookup lookup) {
		List<DirectiveAssignment> assignments = d.getAssignments().stream().map(a -> toAssignment(a, lookup)).toList();
		return new DirectiveDetails(Objects.requireNonNull(d.getId()), d.getVersion(), d.getMeetingId(),
				d.getDocumentId(), number, d.getPath(), d.getMarker(), d.getTitle(), d.getText(), d.getSourceStart(),
				d.getSourceEnd(), assignments, d.getDeadlineDate(), d.getRecurrence(), d.getDeadlinePhrase(),
				d.getCategories(), d.getConfidence(), d.getOrigin(), d.isEdited(), d.getStatus(),
				d.getCandidateReason(), d.getIssuedAt(), d.getIssuedBy());
	}

	private static DirectiveAssignment toAssignment(Assignment a, DepartmentLookup lookup) {
		return new DirectiveAssignment(a.getDepartmentId(), lookup.nameOf(a.getDepartmentId()), a.getMention(),
				a.getRole());
	}

}
