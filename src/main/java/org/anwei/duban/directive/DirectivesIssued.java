package org.anwei.duban.directive;

import java.util.List;

/**
 * Published when staff issue (下发) directives; the task module turns each into a task for
 * its lead and assisting departments.
 */
public record DirectivesIssued(long meetingId, long documentId, List<Long> directiveIds, String issuedBy) {

	public DirectivesIssued {
		directiveIds = List.copyOf(directiveIds);
	}

}
