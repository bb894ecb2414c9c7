package org.anwei.duban.directive;

import org.jspecify.annotations.Nullable;

/**
 * A responsible party of a directive.
 *
 * @param departmentId the directory's department, or null while only the words of the
 * text are known (e.g. 各县(区), or a unit the directory does not have)
 * @param departmentName its current name, when mapped
 * @param mention the words of the text, or the department's name when staff chose it
 */
public record DirectiveAssignment(@Nullable Long departmentId, @Nullable String departmentName, String mention,
		AssignmentRole role) {

	public boolean mapped() {
		return this.departmentId != null;
	}

	/** What to show: the department's name, or the words of the text in quotes. */
	public String label() {
		return this.departmentName != null ? this.departmentName : "“" + this.mention + "”";
	}

}
