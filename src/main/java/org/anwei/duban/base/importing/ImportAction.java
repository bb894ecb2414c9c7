package org.anwei.duban.base.importing;

/** What importing a row does. */
public enum ImportAction {

	CREATE, UPDATE, REJECT;

	public String labelKey() {
		return "import.action." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
