package org.anwei.duban.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.anwei.duban.directive.DirectiveSource;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.extension.ExtensionDetails;
import org.anwei.duban.task.internal.TaskReport;
import org.jspecify.annotations.Nullable;

/** Entities to records, with the light and the stale flag as of today. */
final class TaskMapper {

	private final Map<Long, String> departmentNames;

	private final LocalDate today;

	private final Instant staleBefore;

	TaskMapper(Map<Long, String> departmentNames, LocalDate today, Instant staleBefore) {
		this.departmentNames = departmentNames;
		this.today = today;
		this.staleBefore = staleBefore;
	}

	TaskListItem listItem(Task t) {
		return new TaskListItem(Objects.requireNonNull(t.getId()), t.getTitle(), name(t.getLeadDepartmentId()),
				t.getStatus(), t.getUrgency(), t.getCategory(), t.getOriginalDeadline(), t.getCurrentDeadline(),
				light(t), stale(t), t.getExtensionCount());
	}

	TaskDetails details(Task t, List<TaskReport> reports, List<AttachmentSummary> attachments,
			List<ExtensionDetails> extensions, @Nullable DirectiveSource source) {
		List<PartyDetails> parties = t.getParties()
			.stream()
			.map(p -> new PartyDetails(p.getDepartmentId(), name(p.getDepartmentId()), p.getRole(), p.getState(),
					p.getSignedAt(), p.getSignedBy()))
			.toList();
		List<ReportDetails> reportDetails = reports.stream()
			.map(r -> new ReportDetails(Objects.requireNonNull(r.getId()), r.getDepartmentId(),
					r.getDepartmentId() == null ? null : name(r.getDepartmentId()), r.getKind(), r.getText(),
					r.getCreatedAt(), r.getCreatedBy(),
					attachments.stream().filter(a -> a.reportId() == r.getId()).toList()))
			.toList();
		return new TaskDetails(Objects.requireNonNull(t.getId()), t.getVersion(), t.getTitle(), t.getContent(),
				t.getCategory(), t.getUrgency(), t.getStatus(), light(t), stale(t), t.getOriginalDeadline(),
				t.getCurrentDeadline(), t.getResponsiblePersons(), t.getExtensionCount(), t.getUrgeCount(),
				t.getEscalationLevel(), t.getIssuedAt(), t.getIssuedBy(), t.getCompletedAt(), parties, reportDetails,
				extensions, source);
	}

	private StatusLight light(Task t) {
		return Deadlines.light(t.getStatus(), t.getCurrentDeadline(), t.getYellowFrom(), this.today);
	}

	private boolean stale(Task t) {
		return t.getStatus().isOpen() && t.getLastActivityAt().isBefore(this.staleBefore);
	}

	private String name(long departmentId) {
		return this.departmentNames.getOrDefault(departmentId, "#" + departmentId);
	}

}
