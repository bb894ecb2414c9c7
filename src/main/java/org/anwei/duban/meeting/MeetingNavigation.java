package org.anwei.duban.meeting;

/**
 * Routes into a meeting's pages that other modules provide, so the meeting view can link
 * to them without depending on those modules: the directive module's review screen
 * registers itself under {@link #DOCUMENT_REVIEW_ROUTE}.
 */
public final class MeetingNavigation {

	/** Review (分解) of one document's directives. */
	public static final String DOCUMENT_REVIEW_ROUTE = "meetings/:meetingId/documents/:documentId/directives";

	private MeetingNavigation() {
	}

	public static String meeting(long meetingId) {
		return "meetings/" + meetingId;
	}

	public static String documentReview(long meetingId, long documentId) {
		return "meetings/" + meetingId + "/documents/" + documentId + "/directives";
	}

}
