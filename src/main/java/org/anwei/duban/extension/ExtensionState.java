package org.anwei.duban.extension;

import java.util.Locale;

/** An extension request (延期申请): waiting, approved or rejected. */
public enum ExtensionState {

	PENDING, APPROVED, REJECTED;

	public String labelKey() {
		return "extension.state." + name().toLowerCase(Locale.ROOT);
	}

}
