package org.anwei.duban.directive;

import java.time.LocalDate;
import java.util.Set;

import org.anwei.duban.meeting.MeetingCommand;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;

/** A meeting with one pasted speech, and the demo departments by code. */
public final class DirectiveTestData {

	/**
	 * Three enumerated requirements: one complete, one without deadline, one unmapped.
	 */
	public static final String SPEECH = "会议要求：一是市安监局要在年底前完成危化品企业排查，市公安局配合；二是市住建局要加强建筑工地检查；三是各县区要做好应急值守。";

	public static final LocalDate MEETING_DATE = LocalDate.of(2026, 11, 10);

	private DirectiveTestData() {
	}

	/** A meeting and the document whose directives a test works on. */
	public record Fixture(long meetingId, long documentId) {
	}

	/** Creates the meeting and its document as the signed-in staff user. */
	public static Fixture meetingWithSpeech(MeetingService meetings, String text) {
		MeetingDetails meeting = meetings.create(new MeetingCommand("安委会会议" + Long.toString(System.nanoTime(), 36),
				MEETING_DATE, MeetingLevel.CITY, MeetingKind.PLENARY, null, Set.of(), null));
		return new Fixture(meeting.id(), meetings.addPastedText(meeting.id(), "讲话", text).id());
	}

	public static DepartmentRef department(DepartmentService departments, String code) {
		return departments.directory().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
	}

}
