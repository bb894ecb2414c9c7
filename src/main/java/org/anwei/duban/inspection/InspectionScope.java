package org.anwei.duban.inspection;

import java.util.Set;

import org.anwei.duban.base.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Whose inspections a caller sees: staff and leaders overseeing everything see all;
 * others those with one of their departments on the team or with a finding for one.
 */
record InspectionScope(boolean all, Set<Long> departments) {

	static InspectionScope of(CurrentUser currentUser) {
		@Nullable Set<Long> visible = currentUser.visibleDepartmentIds();
		// an empty "in ()" is not valid SQL everywhere; -1 matches no department
		return new InspectionScope(visible == null, visible == null || visible.isEmpty() ? Set.of(-1L) : visible);
	}

	boolean includes(Set<Long> teamDepartments, Set<Long> findingDepartments) {
		return this.all || teamDepartments.stream().anyMatch(this.departments::contains)
				|| findingDepartments.stream().anyMatch(this.departments::contains);
	}

}
