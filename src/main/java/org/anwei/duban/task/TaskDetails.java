package org.anwei.duban.task;

import org.anwei.duban.extension.ExtensionState;
import org.anwei.duban.extension.ExtensionDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.directive.DirectiveSource;
import org.anwei.duban.supervision.EscalationLevel;
import org.jspecify.annotations.Nullable;

/** A task with its departments, reports, extension requests and where it came from. */
public record TaskDetails(long id, long version, String title, String content, DirectiveCategory category,
		Urgency urgency, TaskStatus status, StatusLight light, boolean stale, LocalDate originalDeadline,
		LocalDate currentDeadline, @Nullable String responsiblePersons, int extensionCount, int urgeCount,
		@Nullable EscalationLevel escalationLevel, Instant issuedAt, String issuedBy, @Nullable Instant completedAt,
		List<PartyDetails> parties, List<ReportDetails> reports, List<ExtensionDetails> extensions,
		@Nullable DirectiveSource source) {

	public TaskDetails {
		parties = List.copyOf(parties);
		reports = List.copyOf(reports);
		extensions = List.copyOf(extensions);
	}

	public PartyDetails lead() {
		return this.parties.stream().filter(p -> p.role() == PartyRole.LEAD).findFirst().orElseThrow();
	}

	public Optional<PartyDetails> party(long departmentId) {
		return this.parties.stream().filter(p -> p.departmentId() == departmentId).findFirst();
	}

	public Optional<ExtensionDetails> pendingExtension() {
		return this.extensions.stream().filter(e -> e.state() == ExtensionState.PENDING).findFirst();
	}

}
