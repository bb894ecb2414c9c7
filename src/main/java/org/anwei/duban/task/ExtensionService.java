package org.anwei.duban.task;

import java.time.LocalDate;

import org.anwei.duban.base.security.Roles;
import org.anwei.duban.extension.ExtensionRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task's extension requests (延期申请) through the extension module, answered with the task
 * as it is afterwards: the lead department asks, staff decide. The rules (one request at
 * a time, at most {@code anwei.task.max-extensions} approved) are the extension module's.
 */
@Service
public class ExtensionService {

	private final ExtensionRequests requests;

	private final TaskQueries queries;

	ExtensionService(ExtensionRequests requests, TaskQueries queries) {
		this.requests = requests;
		this.queries = queries;
	}

	@PreAuthorize("hasRole('" + Roles.DEPT + "')")
	@Transactional
	public TaskDetails request(long taskId, long taskVersion, String reason, @Nullable LocalDate proposed) {
		this.requests.request(TaskService.ENTITY, taskId, taskVersion, reason, proposed);
		return this.queries.get(taskId);
	}

	/** Approves or rejects a pending request; rejecting needs a reason. */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public TaskDetails decide(long extensionId, long version, boolean approve, String comment) {
		return this.queries.get(this.requests.decide(extensionId, version, approve, comment).subjectId());
	}

}
