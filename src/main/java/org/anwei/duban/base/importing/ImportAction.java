package org.anwei.duban.base.importing;

/** What importing a row does. */
public enum ImportAction {

	CREATE, UPDATE,
	/** The record exists and the row changes nothing in it. */
	UNCHANGED, REJECT;

	public String labelKey() {
		return "import.action." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
