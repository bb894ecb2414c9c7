package org.anwei.duban.base.security;

/**
 * The four roles. Constants are used in {@code @RolesAllowed} on views and
 * {@code @PreAuthorize} on services, so a typo fails to compile instead of locking
 * everyone out.
 * <ul>
 * <li>ADMIN: users, departments, settings, audit trail.</li>
 * <li>STAFF (安委办): meetings, tasks, hazard ledger, reviews, all departments.</li>
 * <li>DEPT (成员单位 liaison): only the work of the user's own department.</li>
 * <li>LEADER: read-only dashboards and 批示, for all departments or only those overseen
 * (分管).</li>
 * </ul>
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String STAFF = "STAFF";

	public static final String DEPT = "DEPT";

	public static final String LEADER = "LEADER";

	private Roles() {
	}

}
