package org.anwei.duban.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.organization.DepartmentBuilder;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.UserCommand;
import org.anwei.duban.security.UserService;
import org.anwei.duban.supervision.SupervisionService;

/**
 * A hand-counted set of tasks for the dashboard's figures: two new departments (so no
 * other test's tasks count), each with a liaison, a leader who oversees only the first,
 * and tasks replayed on chosen days of a month long ago ({@link #MONTH}):
 * <ol>
 * <li>T1 issued on the 5th, due the 20th, done on the 15th (on time, 10 days);</li>
 * <li>T2 issued on the 8th, due the 18th, done on the 25th (late, 17 days);</li>
 * <li>T3 issued on the 10th, due the 22nd, extended to the 28th, never done (overdue,
 * red, stale);</li>
 * <li>T4 issued on the 20th of the month before, due the 10th of the month after,
 * submitted on the 12th and returned on the 13th, urged on the 14th (red, stale);</li>
 * <li>T5 issued on the 20th, cancelled on the 21st;</li>
 * <li>T6 led by the second department with the first assisting, issued on the 6th.</li>
 * </ol>
 * All in category {@link DirectiveCategory#FIRE}, but T2 in
 * {@link DirectiveCategory#CONSTRUCTION}.
 */
public final class TaskFigureFixture {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Long enough ago that no other test's tasks are due, issued or done in it. */
	public static final YearMonth MONTH = YearMonth.now(ZONE).minusMonths(30);

	public final long first;

	public final long second;

	public final String firstLiaison;

	public final String secondLiaison;

	public final String leader;

	public final long t1;

	public final long t2;

	public final long t3;

	public final long t4;

	public final long t5;

	public final long t6;

	private final TaskService tasks;

	private final TaskQueries queries;

	private final ReplayClock clock;

	private final TestUsers users;

	public TaskFigureFixture(TestUsers users, DepartmentService departments, UserService userService, TaskService tasks,
			TaskQueries queries, ExtensionService extensions, SupervisionService supervision, ReplayClock clock) {
		this.users = users;
		this.tasks = tasks;
		this.queries = queries;
		this.clock = clock;
		users.login(TestUsers.ADMIN);
		this.first = departments.create(DepartmentBuilder.aDepartment().build()).id();
		this.second = departments.create(DepartmentBuilder.aDepartment().build()).id();
		String suffix = Long.toString(System.nanoTime(), 36);
		this.firstLiaison = "fa" + suffix;
		this.secondLiaison = "fb" + suffix;
		this.leader = "fl" + suffix;
		// every account is past its first-login password change: UI tests open pages as
		// them
		ready(users, userService, suffix, userService.create(
				new UserCommand(this.firstLiaison, "联络员甲", this.first, Set.of(Role.DEPT), Set.of(), null, null), null));
		ready(users, userService, suffix, userService.create(
				new UserCommand(this.secondLiaison, "联络员乙", this.second, Set.of(Role.DEPT), Set.of(), null, null),
				null));
		ready(users, userService, suffix, userService.create(
				new UserCommand(this.leader, "分管领导", null, Set.of(Role.LEADER), Set.of(this.first), null, null), null));

		this.t1 = issue(5, "甲：按时办结", DirectiveCategory.FIRE, this.first, Set.of(), day(20));
		sign(this.t1, 6);
		submit(this.t1, 14);
		accept(this.t1, 15);

		this.t2 = issue(8, "乙：逾期办结", DirectiveCategory.CONSTRUCTION, this.first, Set.of(), day(18));
		sign(this.t2, 9);
		submit(this.t2, 24);
		accept(this.t2, 25);

		this.t3 = issue(10, "丙：延期后仍逾期", DirectiveCategory.FIRE, this.first, Set.of(), day(22));
		sign(this.t3, 11);
		long t3 = this.t3;
		TaskDetails asked = as(this.firstLiaison, day(12),
				() -> extensions.request(t3, version(t3), "需要更多时间。", day(28)));
		as(TestUsers.STAFF, day(13), () -> {
			var request = asked.pendingExtension().orElseThrow();
			return extensions.decide(request.id(), request.version(), true, "同意。");
		});

		this.t4 = issue(MONTH.minusMonths(1).atDay(20), "丁：退回并催办", DirectiveCategory.FIRE, this.first, Set.of(),
				MONTH.plusMonths(1).atDay(10));
		sign(this.t4, 11);
		submit(this.t4, 12);
		long t4 = this.t4;
		as(TestUsers.STAFF, day(13), () -> tasks.returnTask(t4, version(t4), "材料不全。"));
		as(TestUsers.STAFF, day(14), () -> supervision.urge(TaskQueries.SUPERVISED_TYPE, t4, version(t4), ""));

		this.t5 = issue(20, "戊：撤销", DirectiveCategory.FIRE, this.first, Set.of(), day(30));
		long t5 = this.t5;
		as(TestUsers.STAFF, day(21), () -> tasks.cancel(t5, version(t5), "重复下发。"));

		this.t6 = issue(6, "己：乙牵头甲配合", DirectiveCategory.FIRE, this.second, Set.of(this.first), day(16));
		users.login(TestUsers.ADMIN);
	}

	private static void ready(TestUsers users, UserService userService, String suffix,
			org.anwei.duban.security.CreatedUser created) {
		users.login(created.account().username());
		userService.changeOwnPassword(created.temporaryPassword(), "Fixture@" + suffix);
		users.login(TestUsers.ADMIN);
	}

	public static LocalDate day(int d) {
		return MONTH.atDay(d);
	}

	private long issue(int day, String title, DirectiveCategory category, long lead, Set<Long> assisting,
			LocalDate deadline) {
		return issue(day(day), title, category, lead, assisting, deadline);
	}

	private long issue(LocalDate on, String title, DirectiveCategory category, long lead, Set<Long> assisting,
			LocalDate deadline) {
		return as(TestUsers.STAFF, on, () -> this.tasks
			.create(new TaskCommand(title, "夹具任务。", category, Urgency.NORMAL, lead, assisting, deadline))).id();
	}

	private void sign(long task, int day) {
		as(this.firstLiaison, day(day), () -> this.tasks.sign(task, version(task)));
	}

	private void submit(long task, int day) {
		as(this.firstLiaison, day(day), () -> this.tasks.submit(task, version(task), "已完成。", List.of()));
	}

	private void accept(long task, int day) {
		as(TestUsers.STAFF, day(day), () -> this.tasks.accept(task, version(task), ""));
	}

	private long version(long task) {
		return this.queries.get(task).version();
	}

	private <T> T as(String user, LocalDate on, Supplier<T> step) {
		this.users.login(user);
		return this.clock.at(on.atTime(10, 0).atZone(ZONE).toInstant(), step);
	}

}
