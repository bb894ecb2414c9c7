package org.anwei.duban.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.base.security.SystemUser;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.task.ExtensionService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.springframework.stereotype.Component;

/**
 * Half a year of the departments' work, so the dashboard's ranking, trend and lights mean
 * something on a fresh start: two to four tasks for each member department and district,
 * issued over the last six months and carried as far as their age makes likely — most
 * done on time, some late, some returned before acceptance, some extended, some overdue
 * and urged, the newest still open. Every step goes through the services users call, on
 * the day it would have happened ({@link ReplayClock}); seeded, so every start is the
 * same. Browser tests use it alone for a dashboard with data, without the rest of the
 * demo (whose hazard ledger, made twice, would find its own units again as rebounds).
 */
@Component
public class DemoTaskHistory {

	/** Departments with a share of the history: member departments and the districts. */
	static final List<String> DEPARTMENTS = List.of("YJJ", "ZJJ", "JTJ", "JJZD", "XFZD", "SCJGJ", "JYJ", "GXJ", "CGJ",
			"WLJ", "NYJ", "SLJ", "SWJ", "WJW", "ZRZYJ", "STHJJ", "GAJ", "MZJ", "GZW", "LYJ", "RQJT", "CDQ", "CXQ",
			"GXQ", "LJX", "QSX");

	/** Work a safety committee hands to a department, with the category it belongs to. */
	private record Work(String title, String content, DirectiveCategory category) {
	}

	private static final List<Work> WORK = List.of(
			new Work("开展安全生产大检查", "对本行业领域重点企业开展全覆盖检查，建立问题清单并跟踪整改。", DirectiveCategory.HAZARD_INSPECTION),
			new Work("报送隐患排查治理情况", "汇总本季度隐患排查治理情况，按统一表格报送市安委办。", DirectiveCategory.HAZARD_INSPECTION),
			new Work("组织开展应急演练", "组织一次综合应急演练，形成演练评估报告。", DirectiveCategory.EMERGENCY_DUTY),
			new Work("落实节假日值班值守", "落实领导带班和24小时值班制度，报送值班表。", DirectiveCategory.EMERGENCY_DUTY),
			new Work("完善安全生产责任清单", "按“三个必须”要求修订本单位安全生产责任清单并印发。", DirectiveCategory.RESPONSIBILITY),
			new Work("整改督查反馈问题", "对省安委会督查反馈的问题逐项制定措施，按期销号。", DirectiveCategory.RESPONSIBILITY),
			new Work("开展消防安全专项检查", "对人员密集场所开展消防安全检查，督促整改疏散通道堵塞等问题。", DirectiveCategory.FIRE),
			new Work("开展燃气安全排查", "对餐饮场所燃气使用情况逐户排查，督促安装泄漏报警装置。", DirectiveCategory.GAS),
			new Work("开展有限空间作业整治", "排查有限空间作业场所，落实“先通风、再检测、后作业”。", DirectiveCategory.INDUSTRY_DUST),
			new Work("加强道路交通安全管理", "开展“两客一危”车辆专项整治，通报违法违规企业。", DirectiveCategory.ROAD_TRAFFIC),
			new Work("开展建筑施工安全检查", "对在建工地深基坑、高支模等危大工程开展专项检查。", DirectiveCategory.CONSTRUCTION),
			new Work("开展安全生产宣传培训", "组织企业主要负责人和安全管理人员集中培训并考核。", DirectiveCategory.GENERAL));

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final TaskService tasks;

	private final TaskQueries queries;

	private final ExtensionService extensions;

	private final SupervisionService supervision;

	private final ReplayClock clock;

	DemoTaskHistory(TaskService tasks, TaskQueries queries, ExtensionService extensions, SupervisionService supervision,
			ReplayClock clock) {
		this.tasks = tasks;
		this.queries = queries;
		this.extensions = extensions;
		this.supervision = supervision;
		this.clock = clock;
	}

	/** Runs as a staff user; {@code departments} maps department codes to ids. */
	public void create(LocalDate today, Map<String, Long> departments) {
		Random random = new Random(4242);
		for (String code : DEPARTMENTS) {
			Long department = departments.get(code);
			if (department == null) {
				continue;
			}
			int count = 2 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				Work work = WORK.get(random.nextInt(WORK.size()));
				LocalDate issued = today.minusDays(5 + random.nextInt(175));
				LocalDate deadline = issued.plusDays(10 + random.nextInt(36));
				long id = at(issued, 9, () -> this.tasks.create(new TaskCommand(work.title(), work.content(),
						work.category(), Urgency.NORMAL, department, Set.of(), deadline)))
					.id();
				carry(id, department, issued, deadline, today, random);
			}
		}
	}

	/** Takes a task as far as its age makes likely, each step on its own day. */
	private void carry(long id, long department, LocalDate issued, LocalDate deadline, LocalDate today, Random random) {
		int roll = random.nextInt(100);
		LocalDate signed = earliest(issued.plusDays(1 + random.nextInt(3)), today);
		asDepartment(department, signed, () -> this.tasks.sign(id, version(id)));
		LocalDate due = deadline;
		if (roll >= 85 && deadline.isAfter(signed.plusDays(3))) {
			// asked for more time before the deadline, and got it
			LocalDate asked = signed.plusDays(2);
			LocalDate later = deadline.plusDays(10 + random.nextInt(10));
			TaskDetails requested = asDepartment(department, asked,
					() -> this.extensions.request(id, version(id), "涉及多个部门协调，需延长完成时限。", later));
			var request = requested.pendingExtension().orElseThrow();
			asStaff(asked.plusDays(1), () -> this.extensions.decide(request.id(), request.version(), true, "同意延期。"));
			due = later;
		}
		LocalDate report = earliest(signed.plusDays(3 + random.nextInt(5)), today);
		asDepartment(department, report, () -> this.tasks.report(id, version(id),
				org.anwei.duban.task.ReportKind.PROGRESS, "已部署落实，正在推进。", List.of()));
		if (!due.isBefore(today)) {
			return; // not yet due: still open
		}
		if (roll < 15) {
			// overdue and still open: urged by the committee's office
			asStaff(earliest(due.plusDays(2), today),
					() -> this.supervision.urge(TaskQueries.SUPERVISED_TYPE, id, version(id), "该任务已超期，请抓紧办理并报送进展。"));
			return;
		}
		boolean late = roll < 32;
		LocalDate submitted = late ? earliest(due.plusDays(1 + random.nextInt(12)), today)
				: due.minusDays(random.nextInt(5));
		if (submitted.isBefore(report)) {
			submitted = report;
		}
		if (roll >= 70 && roll < 80) {
			// the first completion report was sent back once
			LocalDate first = submitted.minusDays(3).isBefore(report) ? report : submitted.minusDays(3);
			asDepartment(department, first, () -> this.tasks.submit(id, version(id), "已完成，报送办结材料。", List.of()));
			asStaff(first, () -> this.tasks.returnTask(id, version(id), "材料不完整，请补充整改前后对比照片。"));
		}
		LocalDate done = submitted;
		asDepartment(department, done, () -> this.tasks.submit(id, version(id), "已按要求完成，报送办结材料。", List.of()));
		asStaff(done, () -> this.tasks.accept(id, version(id), ""));
	}

	private long version(long id) {
		return this.queries.get(id).version();
	}

	private <T> T asDepartment(long department, LocalDate day, Supplier<T> step) {
		return SystemUser.callForDepartment(department, () -> at(day, 15, step));
	}

	private <T> T asStaff(LocalDate day, Supplier<T> step) {
		return SystemUser.call(() -> at(day, 17, step));
	}

	private <T> T at(LocalDate day, int hour, Supplier<T> step) {
		return this.clock.at(day.atTime(hour, 0).atZone(ZONE).toInstant(), step);
	}

	private static LocalDate earliest(LocalDate day, LocalDate today) {
		return day.isAfter(today) ? today : day;
	}

}
