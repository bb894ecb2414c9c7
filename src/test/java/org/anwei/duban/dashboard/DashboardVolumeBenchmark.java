package org.anwei.duban.dashboard;

import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Locale;
import java.lang.management.MemoryType;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.anwei.duban.Medians;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.accountability.AccountabilityService;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.hazard.HazardOverview;
import org.anwei.duban.hazard.HazardStatistics;
import org.anwei.duban.hazard.StatisticsDimension;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.FigureFilter;
import org.anwei.duban.task.TaskFigure;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Volume harness for the leaders' dashboard at 100,000 tasks (500,000 reports, 60
 * meetings), 200,000 hazards and 2,000 accountability records, on whichever database the
 * tests use: seeds with JDBC batches, then reports the median time of the whole dashboard
 * for staff and a leader and of each query it is made of, and of a figure's drill-down.
 * Off by default; not an assertion of speed:
 * {@code ./mvnw test -Dtest=DashboardVolumeBenchmark -Danwei.benchmark=true} (add the
 * MariaDB settings of the README to measure MariaDB).
 */
@EnabledIfSystemProperty(named = "anwei.benchmark", matches = "true")
class DashboardVolumeBenchmark extends SignedInAsAdminTest {

	private static final int RUNS = 7;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DashboardService dashboards;

	@Autowired
	TaskStatistics tasks;

	@Autowired
	TaskQueries taskQueries;

	@Autowired
	HazardOverview hazards;

	@Autowired
	HazardStatistics hazardStatistics;

	@Autowired
	AccountabilityService accountability;

	@Autowired
	DepartmentService departments;

	@Autowired
	DashboardHandout handout;

	@Autowired
	org.anwei.duban.report.MonthlyReportService reports;

	@Autowired
	org.anwei.duban.task.TaskLedgerExport ledger;

	@Test
	void dashboard_at_volume() {
		List<Long> ids = this.departments.directory().stream().map(DepartmentRef::id).toList();
		DashboardVolumeSeed.seed(this.jdbc, ids);

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		ReportingPeriod year = new ReportingPeriod(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
		ReportingPeriod month = ReportingPeriod.of(YearMonth.from(today));
		this.users.login(TestUsers.STAFF);
		report("staff: whole dashboard, this year", () -> this.dashboards.dashboard(DashboardFilter.of(year)));
		report("staff: whole dashboard, this month", () -> this.dashboards.dashboard(DashboardFilter.of(month)));
		report("staff: whole dashboard, one department, this year",
				() -> this.dashboards.dashboard(new DashboardFilter(year, null, ids.getFirst(), null, null)));
		report("  tasks by lead department (period, previous, now)",
				() -> this.tasks.byLeadDepartment(TaskFilter.none(), year));
		report("  tasks: twelve months' trend", () -> this.tasks.trend(TaskFilter.none(), YearMonth.from(today), 12));
		report("  tasks: meeting progress", () -> this.tasks.meetings(TaskFilter.none(), year, 12));
		var hazardScope = DashboardFilter.of(year).hazards(false);
		report("  hazards in total and by department (responsible + supervising)",
				() -> this.hazards.overview(hazardScope, year));
		var open = DashboardFilter.of(year).hazards(true);
		report("  open hazards by district", () -> this.hazardStatistics.byLevel(open, StatisticsDimension.DISTRICT));
		report("  open hazards by industry", () -> this.hazardStatistics.byLevel(open, StatisticsDimension.INDUSTRY));
		report("  accountability actions by department",
				() -> this.accountability.actionsByDepartment(year.from(), year.to()));
		TaskFilter overdue = TaskFilter.none().with(new FigureFilter(TaskFigure.OVERDUE, year));
		report("drill-down: overdue this year, count", () -> this.taskQueries.count(overdue));
		report("drill-down: overdue this year, first page",
				() -> this.taskQueries.list(overdue, PageRequest.of(0, 50)));
		this.users.login(TestUsers.LEADER);
		report("leader (5 departments): whole dashboard, this year",
				() -> this.dashboards.dashboard(DashboardFilter.of(year)));

		this.users.login(TestUsers.STAFF);
		once("dashboard PDF handout, this year",
				() -> this.handout.pdf(DashboardFilter.of(year), Locale.SIMPLIFIED_CHINESE, "全部").length);
		once("monthly report draft, last month", () -> this.reports.draft(YearMonth.from(today).minusMonths(1)));
		once("督办台账 of every task (keyset chunks, SXSSF)", () -> {
			CountingOutputStream out = new CountingOutputStream();
			try {
				int rows = this.ledger.write(TaskFilter.none(), Locale.SIMPLIFIED_CHINESE, out);
				return rows + " rows, " + out.bytes / 1024 / 1024 + " MB";
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Runs a long job once, with its time, its result and the most heap found live after
	 * a collection while it ran (sampled every 10 ms): what the job holds, not the
	 * garbage it leaves for the collector.
	 */
	private static void once(String what, Supplier<?> job) {
		System.gc();
		long before = liveAfterCollection();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (running.get()) {
				peak.accumulateAndGet(liveAfterCollection(), Math::max);
				LockSupport.parkNanos(10_000_000);
			}
		});
		long start = System.nanoTime();
		Object result = job.get();
		long took = System.nanoTime() - start;
		running.set(false);
		System.out.printf("%-66s %7.1f s  live heap at most +%d MB  (%s)%n", what, took / 1e9,
				(peak.get() - before) / 1024 / 1024, result);
	}

	/** Heap in use after each pool's latest collection. */
	private static long liveAfterCollection() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
			.mapToLong(pool -> pool.getCollectionUsage().getUsed())
			.sum();
	}

	/** Counts what an export writes, keeping none of it. */
	private static final class CountingOutputStream extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
		}

	}

	private void report(String what, Supplier<?> action) {
		Medians.report(what, RUNS, this::touch, action);
	}

	/**
	 * H2 hands back the cached result of a query repeated on unchanged tables; a real
	 * dashboard is read between changes, so change a row of each table before each run.
	 */
	private void touch() {
		this.jdbc.update("update task set urge_count = urge_count + 1 where id = (select min(id) from task)");
		this.jdbc.update("update hazard set urge_count = urge_count + 1 where id = (select min(id) from hazard)");
	}

}
