package org.anwei.duban.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.task.TaskDraft;
import org.anwei.duban.task.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * What a task is about and who leads it: shared by a task and the recurring series that
 * issues tasks, which store it in the same columns.
 */
@Embeddable
public class TaskSubject {

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "content", nullable = false, length = 4000)
	private String content;

	@Column(name = "directive_id")
	private @Nullable Long directiveId;

	@Column(name = "meeting_id")
	private @Nullable Long meetingId;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 32)
	private DirectiveCategory category;

	@Enumerated(EnumType.STRING)
	@Column(name = "urgency", nullable = false, length = 16)
	private Urgency urgency;

	@Column(name = "lead_department_id", nullable = false)
	private long leadDepartmentId;

	protected TaskSubject() {
		this.title = "";
		this.content = "";
		this.category = DirectiveCategory.GENERAL;
		this.urgency = Urgency.NORMAL;
	}

	public TaskSubject(TaskDraft draft) {
		this.title = draft.title();
		this.content = draft.content();
		this.directiveId = draft.directiveId();
		this.meetingId = draft.meetingId();
		this.category = draft.category();
		this.urgency = draft.urgency();
		this.leadDepartmentId = draft.leadDepartmentId();
	}

	public String getTitle() {
		return this.title;
	}

	public String getContent() {
		return this.content;
	}

	public @Nullable Long getDirectiveId() {
		return this.directiveId;
	}

	public @Nullable Long getMeetingId() {
		return this.meetingId;
	}

	public DirectiveCategory getCategory() {
		return this.category;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public long getLeadDepartmentId() {
		return this.leadDepartmentId;
	}

}
