package org.anwei.duban.base.security;

/**
 * The roles as a type, for forms and imports; {@link Roles} holds the same names as
 * constants.
 */
public enum Role {

	ADMIN, STAFF, DEPT, LEADER;

	public String authority() {
		return "ROLE_" + name();
	}

	public String labelKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
