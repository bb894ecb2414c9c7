package org.anwei.duban.directive;

import java.util.Locale;

/**
 * 待审核 (proposed by the engine or added by staff, still editable) → 已下发 (issued: fixed,
 * becomes tasks). 已删除 (discarded) keeps a deleted proposal so that extracting again does
 * not bring it back; it can be restored. 候选 (candidate): a sentence the engine judged to
 * be narrative or exhortation rather than a task; staff promote it to a proposal with a
 * click, and extracting again replaces it like an untouched proposal.
 */
public enum DirectiveStatus {

	PROPOSED, ISSUED, DISCARDED, CANDIDATE;

	public String labelKey() {
		return "directive.status." + name().toLowerCase(Locale.ROOT);
	}

}
