package org.anwei.duban.directive;

import java.util.Locale;

/**
 * 待审核 (proposed by the engine or added by staff, still editable) → 已下发 (issued: fixed,
 * becomes tasks). 已删除 (discarded) keeps a deleted proposal so that extracting again does
 * not bring it back; it can be restored.
 */
public enum DirectiveStatus {

	PROPOSED, ISSUED, DISCARDED;

	public String labelKey() {
		return "directive.status." + name().toLowerCase(Locale.ROOT);
	}

}
