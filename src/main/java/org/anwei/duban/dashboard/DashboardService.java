package org.anwei.duban.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.anwei.duban.accountability.AccountabilityService;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.hazard.HazardBreakdown;
import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardOverview;
import org.anwei.duban.hazard.HazardStatistics;
import org.anwei.duban.hazard.StatisticsDimension;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.DepartmentTaskFigures;
import org.anwei.duban.task.MeetingTaskProgress;
import org.anwei.duban.task.MonthTaskFigures;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskStatistics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * The leaders' dashboard: headline figures with the change against the previous period,
 * the department ranking, and the charts' data, all counted in SQL by the task, hazard
 * and accountability modules within the caller's scope (a leader sees the departments
 * they oversee, staff all). Each number can be listed with the same filter (see
 * {@code dashboard.ui.DashboardLinks}).
 */
@Service
public class DashboardService {

	static final String READERS = "hasAnyRole('" + Roles.LEADER + "','" + Roles.STAFF + "')";

	/** Months shown in the trend, ending with the period's last month. */
	static final int TREND_MONTHS = 12;

	/** Meetings shown in the meeting progress chart, newest first. */
	static final int MEETINGS = 12;

	private final TaskStatistics tasks;

	private final HazardOverview hazards;

	private final HazardStatistics hazardStatistics;

	private final AccountabilityService accountability;

	private final DepartmentService departments;

	private final CurrentUser currentUser;

	private final ScoreWeights weights;

	private final Executor executor;

	private final FiguresCache kept;

	private final Clock clock;

	DashboardService(TaskStatistics tasks, HazardOverview hazards, HazardStatistics hazardStatistics,
			AccountabilityService accountability, DepartmentService departments, CurrentUser currentUser,
			ScoreWeights weights, @Qualifier(DashboardConfig.EXECUTOR) Executor executor, FiguresCache kept,
			Clock clock) {
		this.executor = executor;
		this.kept = kept;
		this.clock = clock;
		this.tasks = tasks;
		this.hazards = hazards;
		this.hazardStatistics = hazardStatistics;
		this.accountability = accountability;
		this.departments = departments;
		this.currentUser = currentUser;
		this.weights = weights;
	}

	/**
	 * Counts everything the dashboard shows (for a handout or a report: the page asks for
	 * its two parts separately and shows each as it comes).
	 */
	@PreAuthorize(READERS)
	public Dashboard dashboard(DashboardFilter filter) {
		CompletableFuture<Standing> standing = countStanding(filter);
		CompletableFuture<ChartFigures> charts = countCharts(filter);
		return Dashboard.of(join(standing), join(charts));
	}

	/*
	 * Each query is a leaf on the pool that waits for nothing; the parts are put together
	 * by whichever leaf finishes last. A task on the pool that waited for another there
	 * could starve it when many pages load at once.
	 */
	/**
	 * The headline figures and the department ranking, counted on the dashboard's pool
	 * (as the caller): the tasks per lead department beside the hazards per department.
	 * The page shows them as soon as they are counted. Figures counted for the same
	 * filter and scope within the last minute are shown again unless {@code recount} asks
	 * for a new count (see {@link FiguresCache}); {@link Standing#countedAt()} says when.
	 */
	@PreAuthorize(READERS)
	public CompletableFuture<Standing> standing(DashboardFilter filter, boolean recount) {
		return this.kept.get(key("standing", filter), recount, () -> countStanding(filter));
	}

	/**
	 * The charts' figures other than the lights (which come with the {@link Standing}):
	 * the trend, the meetings' progress and the open hazards by district and by industry,
	 * each query on the dashboard's pool as the caller; kept like the standing.
	 */
	@PreAuthorize(READERS)
	public CompletableFuture<ChartFigures> charts(DashboardFilter filter, boolean recount) {
		return this.kept.get(key("charts", filter), recount, () -> countCharts(filter));
	}

	private FiguresCache.Key key(String part, DashboardFilter filter) {
		return new FiguresCache.Key(part, filter, this.currentUser.visibleDepartmentIds(),
				this.currentUser.require().roles());
	}

	private CompletableFuture<Standing> countStanding(DashboardFilter filter) {
		Instant countedAt = this.clock.instant();
		ReportingPeriod period = filter.period();
		// who is in scope is read here, on the caller's thread, as the caller
		List<DepartmentRef> scope = departmentsInScope(filter);
		TaskFilter taskScope = TaskFilter.scope(filter.departmentId(), filter.meetingId(), filter.category());
		CompletableFuture<Map<Long, DepartmentTaskFigures>> taskRows = onPool(
				() -> this.tasks.byLeadDepartment(taskScope, period)
					.stream()
					.collect(Collectors.toMap(DepartmentTaskFigures::departmentId, Function.identity())));
		CompletableFuture<HazardBreakdown> hazardRows = onPool(
				() -> this.hazards.overview(filter.hazards(false), period));
		Map<Long, Long> actions = this.accountability.actionsByDepartment(period.from(), period.to());
		Map<Long, Long> actionsBefore = this.accountability.actionsByDepartment(period.previous().from(),
				period.previous().to());
		return taskRows.thenCombine(hazardRows, (t, h) -> {
			List<RankingRow> ranking = ranking(scope, t, h.byDepartment(), actions);
			DepartmentTaskFigures taskTotal = t.values()
				.stream()
				.reduce(DepartmentTaskFigures.none(0), DepartmentTaskFigures::plus);
			Set<Long> inScope = ranking.stream().map(r -> r.department().id()).collect(Collectors.toSet());
			return new Standing(filter,
					new Headline(taskTotal, h.total(), sum(actions, inScope), sum(actionsBefore, inScope)), ranking,
					countedAt);
		});
	}

	private CompletableFuture<ChartFigures> countCharts(DashboardFilter filter) {
		ReportingPeriod period = filter.period();
		TaskFilter taskScope = TaskFilter.scope(filter.departmentId(), filter.meetingId(), filter.category());
		HazardFilter open = filter.hazards(true);
		CompletableFuture<List<MonthTaskFigures>> trend = onPool(
				() -> this.tasks.trend(taskScope, YearMonth.from(period.to()), TREND_MONTHS));
		CompletableFuture<List<MeetingTaskProgress>> meetings = onPool(
				() -> this.tasks.meetings(taskScope, period, MEETINGS));
		CompletableFuture<List<LevelRow>> byDistrict = onPool(
				() -> this.hazardStatistics.byLevel(open, StatisticsDimension.DISTRICT));
		CompletableFuture<List<LevelRow>> byIndustry = onPool(
				() -> this.hazardStatistics.byLevel(open, StatisticsDimension.INDUSTRY));
		return CompletableFuture.allOf(trend, meetings, byDistrict, byIndustry)
			.thenApply(done -> new ChartFigures(trend.join(), meetings.join(), byDistrict.join(), byIndustry.join()));
	}

	/**
	 * Runs a query on the pool as the caller (each service call in its own read-only
	 * transaction). The caller's security context is taken per call, not once around the
	 * pool: its holder strategy is set by Vaadin after the pool is made.
	 */
	private <T> CompletableFuture<T> onPool(Supplier<T> query) {
		return CompletableFuture.supplyAsync(query,
				task -> this.executor.execute(DelegatingSecurityContextRunnable.create(task, null)));
	}

	/** A part's result, or its failure as thrown where it was counted. */
	private static <T> T join(CompletableFuture<T> part) {
		try {
			return part.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * The active departments the caller's dashboard covers (a leader's overseen ones,
	 * everyone's for staff), by code.
	 */
	@PreAuthorize(READERS)
	public List<DepartmentRef> departmentsInScope() {
		Set<Long> visible = this.currentUser.visibleDepartmentIds();
		return this.departments.directory()
			.stream()
			.filter(DepartmentRef::active)
			.filter(d -> visible == null || visible.contains(d.id()))
			.sorted(Comparator.comparing(DepartmentRef::code))
			.toList();
	}

	/** The departments in scope, narrowed to the filter's department. */
	private List<DepartmentRef> departmentsInScope(DashboardFilter filter) {
		return departmentsInScope().stream()
			.filter(d -> filter.departmentId() == null || filter.departmentId() == d.id())
			.toList();
	}

	private List<RankingRow> ranking(List<DepartmentRef> scope, Map<Long, DepartmentTaskFigures> taskRows,
			Map<Long, HazardFigures> hazardRows, Map<Long, Long> actions) {
		record Scored(DepartmentRef department, DepartmentTaskFigures tasks, HazardFigures hazards, double score) {
		}
		List<Scored> scored = new ArrayList<>();
		for (DepartmentRef d : scope) {
			DepartmentTaskFigures t = taskRows.getOrDefault(d.id(), DepartmentTaskFigures.none(d.id()));
			HazardFigures h = hazardRows.getOrDefault(d.id(), HazardFigures.NONE);
			scored.add(new Scored(d, t, h, RankingScore.score(t, h, this.weights)));
		}
		scored.sort(Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparing(s -> s.tasks().current().overdue())
			.thenComparing(s -> s.department().code()));
		List<RankingRow> rows = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored s = scored.get(i);
			// equal scores share a rank (1, 1, 3)
			int rank = i > 0 && s.score() == scored.get(i - 1).score() ? rows.get(i - 1).rank() : i + 1;
			rows.add(new RankingRow(rank, s.department(), s.tasks(), s.hazards(),
					actions.getOrDefault(s.department().id(), 0L), s.score(),
					RankingScore.light(s.tasks(), s.hazards())));
		}
		return rows;
	}

	private static long sum(Map<Long, Long> counts, Set<Long> departments) {
		return counts.entrySet()
			.stream()
			.filter(e -> departments.contains(e.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
