package org.anwei.duban.directive;

import org.anwei.duban.meeting.MeetingStatus;

/**
 * A meeting's status follows its directives: 草稿 while it has none, 已分解 once it has any,
 * 已下发 when some were issued and none wait for review.
 */
final class MeetingProgress {

	private MeetingProgress() {
	}

	static MeetingStatus of(long proposed, long issued, long discarded) {
		if (issued > 0 && proposed == 0) {
			return MeetingStatus.ISSUED;
		}
		return proposed + issued + discarded > 0 ? MeetingStatus.DECOMPOSED : MeetingStatus.DRAFT;
	}

}
