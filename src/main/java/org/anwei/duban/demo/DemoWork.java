package org.anwei.duban.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveRef;
import org.anwei.duban.directive.DirectiveService;
import org.anwei.duban.meeting.MeetingCommand;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.ReminderService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.springframework.stereotype.Component;

/**
 * Creates the demo work through the same services users call: a plenary meeting two weeks
 * ago with the chair's speech, its requirements extracted, the complete ones issued (the
 * rest left for review), an overdue task, half a year of departments' work
 * ({@link DemoTaskHistory}), the hazard ledger ({@link DemoLedger}), and one daily run so
 * reminders and 督办 notices exist.
 */
@Component
public class DemoWork {

	static final String SPEECH = """
			同志们，岁末年初是各类事故易发多发期。下面，我就做好当前安全生产工作讲几点意见。
			一、全面开展隐患排查整治
			一是市安监局要牵头，会同市住建局，于12月20日前完成全市危险化学品企业隐患排查，建立问题清单。二是市住建局要在年底前完成在建工地深基坑、脚手架专项检查。三是市交通运输局要加强“两客一危”车辆动态监控，每月末报送监控情况。
			二、压实安全生产责任
			各县（区）要严格落实属地管理责任，市教育局要在寒假前完成校园安全检查，市消防救援支队要在12月15日前完成人员密集场所消防检查。
			""";

	private final MeetingService meetings;

	private final DirectiveService directives;

	private final DirectiveQueries directiveQueries;

	private final TaskService tasks;

	private final ReminderService reminders;

	private final DepartmentService departments;

	private final DemoLedger ledger;

	private final DemoInspections inspections;

	private final DemoTaskHistory history;

	private final Clock clock;

	DemoWork(MeetingService meetings, DirectiveService directives, DirectiveQueries directiveQueries, TaskService tasks,
			ReminderService reminders, DepartmentService departments, DemoLedger ledger, DemoInspections inspections,
			DemoTaskHistory history, Clock clock) {
		this.history = history;
		this.ledger = ledger;
		this.inspections = inspections;
		this.meetings = meetings;
		this.directives = directives;
		this.directiveQueries = directiveQueries;
		this.tasks = tasks;
		this.reminders = reminders;
		this.departments = departments;
		this.clock = clock;
	}

	/** Runs as a staff user; returns the demo meeting. */
	public MeetingDetails create() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Shanghai"));
		MeetingDetails meeting = this.meetings
			.create(new MeetingCommand("全市安全生产委员会第四季度全体会议", today.minusDays(14), MeetingLevel.CITY, MeetingKind.PLENARY,
					"张市长", Set.of(id("YJJ"), id("ZJJ"), id("JTJ"), id("JYJ"), id("XFZD")), "演示数据"));
		long document = this.meetings.addPastedText(meeting.id(), "张市长讲话（节选）", SPEECH).id();
		this.directives.extract(meeting.id(), document);
		List<DirectiveRef> complete = this.directiveQueries.forDocument(meeting.id(), document)
			.stream()
			.filter(d -> d.lead().isPresent() && d.hasDeadline())
			.map(DirectiveDetails::ref)
			.toList();
		if (!complete.isEmpty()) {
			this.directives.issue(meeting.id(), document, complete);
		}
		this.tasks.create(new TaskCommand("汛后水毁道路隐患排查", "对汛期受损的农村公路、桥梁逐一排查，设置警示标志并限期修复。", null, Urgency.EXPEDITED,
				id("JTJ"), Set.of(id("CDQ")), today.minusDays(3)));
		Map<String, Long> codes = this.departments.directory()
			.stream()
			.collect(java.util.stream.Collectors.toMap(DepartmentRef::code, DepartmentRef::id));
		this.history.create(today, codes);
		this.ledger.create(today, codes);
		this.inspections.create(today, codes);
		this.reminders.runFor(today);
		return this.meetings.get(meeting.id());
	}

	private long id(String code) {
		return this.departments.directory()
			.stream()
			.filter(d -> d.code().equals(code))
			.map(DepartmentRef::id)
			.findFirst()
			.orElseThrow();
	}

}
