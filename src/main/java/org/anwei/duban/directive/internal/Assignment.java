package org.anwei.duban.directive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.anwei.duban.directive.AssignmentRole;
import org.jspecify.annotations.Nullable;

/**
 * One responsible party of a directive; the department by id (organization module), or
 * only the words of the text.
 */
@Embeddable
public class Assignment {

	@Column(name = "department_id")
	private @Nullable Long departmentId;

	@Column(name = "mention", nullable = false, length = 100)
	private String mention;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 8)
	private AssignmentRole role;

	protected Assignment() {
		this.mention = "";
		this.role = AssignmentRole.LEAD;
	}

	public Assignment(@Nullable Long departmentId, String mention, AssignmentRole role) {
		this.departmentId = departmentId;
		this.mention = mention.length() > 100 ? mention.substring(0, 100) : mention;
		this.role = role;
	}

	public @Nullable Long getDepartmentId() {
		return this.departmentId;
	}

	public String getMention() {
		return this.mention;
	}

	public AssignmentRole getRole() {
		return this.role;
	}

	@Override
	public String toString() {
		return this.role + ":" + (this.departmentId != null ? "#" + this.departmentId : this.mention);
	}

}
