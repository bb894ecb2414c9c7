package org.anwei.duban.hazard;

import java.util.Objects;
import java.util.Set;

import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.hazard.internal.Hazard;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and act on a hazard. Staff see and act on all; a department liaison sees
 * the hazards their department is responsible for or supervises, and registers and
 * rectifies its own only; a leader reads within their overseen departments. A hazard the
 * caller may not see is "not found", exactly like one that does not exist.
 */
final class HazardAccess {

	static final String ENTITY = "entity.hazard";

	private final CurrentUser currentUser;

	HazardAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Nullable Set<Long> visibleDepartments() {
		return this.currentUser.visibleDepartmentIds();
	}

	Hazard requireVisible(@Nullable Hazard hazard, long id) {
		if (hazard == null || !isVisible(hazard)) {
			throw new NotFoundException(ENTITY, id);
		}
		return hazard;
	}

	boolean isVisible(Hazard hazard) {
		Set<Long> visible = visibleDepartments();
		return visible == null || visible.contains(hazard.getResponsibleDepartmentId())
				|| (hazard.getSupervisingDepartmentId() != null
						&& visible.contains(hazard.getSupervisingDepartmentId()));
	}

	/**
	 * The hazard if the caller may change it: staff always; a liaison only when their
	 * department is the responsible one (a supervising department reads, it does not
	 * rectify, and is told so).
	 */
	Hazard requireActing(@Nullable Hazard hazard, long id) {
		Hazard visible = requireVisible(hazard, id);
		if (!isStaff() && !Objects.equals(ownDepartment(), visible.getResponsibleDepartmentId())) {
			throw ValidationException.of("hazard.status", "validation.hazard.responsible-only");
		}
		return visible;
	}

	boolean isStaff() {
		return this.currentUser.get().map(u -> u.hasRole(Role.STAFF)).orElse(false);
	}

	@Nullable Long ownDepartment() {
		return this.currentUser.require().departmentId();
	}

	String username() {
		return this.currentUser.require().getUsername();
	}

}
