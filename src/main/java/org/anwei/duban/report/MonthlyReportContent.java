package org.anwei.duban.report;

import org.anwei.duban.base.Percent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anwei.duban.accountability.AccountabilityFilter;
import org.anwei.duban.accountability.AccountabilityItem;
import org.anwei.duban.accountability.AccountabilityService;
import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.documents.WordTemplate;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.dashboard.Dashboard;
import org.anwei.duban.dashboard.DashboardFilter;
import org.anwei.duban.dashboard.DashboardService;
import org.anwei.duban.dashboard.RankingRow;
import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.inspection.InspectionQueries;
import org.anwei.duban.inspection.UnannouncedMonth;
import org.anwei.duban.task.FigureFilter;
import org.anwei.duban.task.PeriodTaskFigures;
import org.anwei.duban.task.TaskFigure;
import org.anwei.duban.task.TaskFilter;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What a month's report says, counted by the modules that own the data (the dashboard's
 * figures and ranking for the month, the tasks that fell overdue in it, the unannounced
 * visits' findings, the accountability actions) and put into the words and tables of
 * {@link ReportPlaceholder}. A report is an official document in Chinese, whatever the
 * language of the staff member who generates it.
 */
@Component
class MonthlyReportContent {

	/** Rows of the overdue table; the rest are counted in a line below it. */
	static final int OVERDUE_ROWS = 300;

	/** Accountability actions listed. */
	static final int ACTIONS = 300;

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final DashboardService dashboards;

	private final TaskQueries tasks;

	private final InspectionQueries inspections;

	private final AccountabilityService accountability;

	private final Translations translations;

	MonthlyReportContent(DashboardService dashboards, TaskQueries tasks, InspectionQueries inspections,
			AccountabilityService accountability, Translations translations) {
		this.dashboards = dashboards;
		this.tasks = tasks;
		this.inspections = inspections;
		this.accountability = accountability;
		this.translations = translations;
	}

	/** The texts and blocks of every placeholder, by the word written in the template. */
	record Values(Map<String, String> texts, Map<String, WordTemplate.Block> blocks) {
	}

	Values values(YearMonth month, String documentNumber, String committee, LocalDate date) {
		ReportingPeriod period = ReportingPeriod.of(month);
		Dashboard dashboard = this.dashboards.dashboard(DashboardFilter.of(period));
		PeriodTaskFigures now = dashboard.headline().tasks().current();
		PeriodTaskFigures before = dashboard.headline().tasks().previous();
		HazardFigures hazards = dashboard.headline().hazards();
		TaskFilter overdueFilter = TaskFilter.none().with(new FigureFilter(TaskFigure.OVERDUE, period));
		List<TaskListItem> overdue = this.tasks.list(overdueFilter, PageRequest.of(0, OVERDUE_ROWS));
		long overdueTotal = overdue.size() < OVERDUE_ROWS ? overdue.size() : this.tasks.count(overdueFilter);
		UnannouncedMonth unannounced = this.inspections.unannounced(month);
		List<AccountabilityItem> actions = this.accountability
			.list(new AccountabilityFilter(null, null, period.from(), period.to(), true), PageRequest.of(0, ACTIONS));
		long actionCount = dashboard.headline().actions();

		Map<String, String> texts = new HashMap<>();
		text(texts, ReportPlaceholder.NUMBER, documentNumber);
		text(texts, ReportPlaceholder.COMMITTEE, committee);
		text(texts, ReportPlaceholder.DATE, DAY.format(date));
		text(texts, ReportPlaceholder.MONTH, month.getYear() + "年" + month.getMonthValue() + "月");
		text(texts, ReportPlaceholder.PERIOD, DAY.format(period.from()) + "至" + DAY.format(period.to()));
		text(texts, ReportPlaceholder.TASK_SUMMARY, taskSummary(now, before));
		text(texts, ReportPlaceholder.TASKS_ISSUED, String.valueOf(now.issued()));
		text(texts, ReportPlaceholder.TASKS_COMPLETED, String.valueOf(now.completed()));
		text(texts, ReportPlaceholder.ON_TIME_RATE, percent(now.onTimeRate()));
		text(texts, ReportPlaceholder.TASKS_OVERDUE, String.valueOf(now.overdue()));
		text(texts, ReportPlaceholder.HAZARD_SUMMARY, hazardSummary(hazards));
		text(texts, ReportPlaceholder.HAZARDS_FOUND, String.valueOf(hazards.found()));
		text(texts, ReportPlaceholder.HAZARDS_OPEN, String.valueOf(hazards.open()));
		text(texts, ReportPlaceholder.HAZARDS_MAJOR, String.valueOf(hazards.majorOpen()));
		text(texts, ReportPlaceholder.HAZARDS_OVERDUE, String.valueOf(hazards.overdue()));
		text(texts, ReportPlaceholder.HAZARDS_REBOUND, String.valueOf(hazards.rebounds()));
		text(texts, ReportPlaceholder.FINDINGS, String.valueOf(unannounced.rows().size()));
		text(texts, ReportPlaceholder.ACTIONS, String.valueOf(actionCount));

		Map<String, WordTemplate.Block> blocks = new HashMap<>();
		block(blocks, ReportPlaceholder.RANKING, ranking(dashboard.ranking()));
		block(blocks, ReportPlaceholder.OVERDUE_TASKS, overdueTable(overdue, overdueTotal));
		block(blocks, ReportPlaceholder.HAZARDS_BY_DISTRICT, distribution("区域", dashboard.hazardsByDistrict()));
		block(blocks, ReportPlaceholder.HAZARDS_BY_INDUSTRY, distribution("行业", dashboard.hazardsByIndustry()));
		block(blocks, ReportPlaceholder.UNANNOUNCED, unannounced(unannounced));
		block(blocks, ReportPlaceholder.ACCOUNTABILITY, accountability(actions));
		return new Values(texts, blocks);
	}

	private static void text(Map<String, String> texts, ReportPlaceholder placeholder, String value) {
		texts.put(placeholder.word(), value);
	}

	private static void block(Map<String, WordTemplate.Block> blocks, ReportPlaceholder placeholder,
			WordTemplate.Block value) {
		blocks.put(placeholder.word(), value);
	}

	static String taskSummary(PeriodTaskFigures now, PeriodTaskFigures before) {
		return "本月新下达工作任务 " + now.issued() + " 项（上月 " + before.issued() + " 项），办结 " + now.completed() + " 项（上月 "
				+ before.completed() + " 项）；本月到期任务按期办结率 " + percent(now.onTimeRate()) + "（上月 "
				+ percent(before.onTimeRate()) + "），到期未按期完成 " + now.overdue() + " 项；月末仍在办理 " + now.openAtEnd() + " 项。";
	}

	static String hazardSummary(HazardFigures hazards) {
		return "本月新发现隐患 " + hazards.found() + " 处（上月 " + hazards.foundBefore() + " 处），其中整改销号后又出现的反弹隐患 "
				+ hazards.rebounds() + " 处。截至发文之日，未销号隐患 " + hazards.open() + " 处，其中重大隐患 " + hazards.majorOpen()
				+ " 处，超过整改期限 " + hazards.overdue() + " 处。";
	}

	/** {@code 87.5%}, or 无 when nothing was due. */
	static String percent(@Nullable Double rate) {
		return Percent.of(rate, "无");
	}

	private static WordTemplate.Block ranking(List<RankingRow> ranking) {
		List<List<String>> rows = new ArrayList<>();
		for (RankingRow row : ranking) {
			PeriodTaskFigures t = row.tasks().current();
			rows.add(List.of(String.valueOf(row.rank()), row.department().name(), String.valueOf(t.issued()),
					String.valueOf(t.completed()), percent(t.onTimeRate()), String.valueOf(t.overdue()),
					String.valueOf(t.extensions()), String.valueOf(t.returns()), String.valueOf(t.urges()),
					String.valueOf(row.hazards().open()), String.valueOf(row.hazards().overdue()),
					String.format(Locale.ROOT, "%.1f", row.score())));
		}
		return new WordTemplate.Table(
				List.of("排名", "单位", "下达", "办结", "按期办结率", "超期", "延期", "退回", "催办", "未销号隐患", "超期隐患", "得分"), rows);
	}

	private WordTemplate.Block overdueTable(List<TaskListItem> overdue, long total) {
		if (overdue.isEmpty()) {
			return new WordTemplate.Lines(List.of("本月无到期未按期完成的任务。"));
		}
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (TaskListItem task : overdue) {
			rows.add(List.of(String.valueOf(n++), task.title(), task.leadDepartmentName(),
					task.originalDeadline().toString(), task.currentDeadline().toString(),
					t(task.status().labelKey())));
		}
		if (total > overdue.size()) {
			rows.add(List.of("", "另有 " + (total - overdue.size()) + " 项，见督办台账", "", "", "", ""));
		}
		return new WordTemplate.Table(List.of("序号", "工作任务", "牵头单位", "原定时限", "现时限", "状态"), rows);
	}

	private WordTemplate.Block distribution(String dimension, List<LevelRow> rows) {
		if (rows.isEmpty()) {
			return new WordTemplate.Lines(List.of("无未销号隐患。"));
		}
		List<List<String>> table = new ArrayList<>();
		for (LevelRow row : rows) {
			String label = row.key().translatable() ? t(row.key().label()) : row.key().label();
			table.add(List.of(label, String.valueOf(row.general()), String.valueOf(row.major()),
					String.valueOf(row.total())));
		}
		return new WordTemplate.Table(List.of(dimension, "一般隐患", "重大隐患", "合计"), table);
	}

	private WordTemplate.Block unannounced(UnannouncedMonth month) {
		if (month.rows().isEmpty()) {
			return new WordTemplate.Lines(List.of("本月暗查暗访未发现问题。"));
		}
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (UnannouncedMonth.Row row : month.rows()) {
			String became = t(row.kind().labelKey()) + (row.number() == null ? "" : " " + row.number());
			rows.add(List.of(String.valueOf(n++), row.inspectedOn().toString(), row.site(), row.description(),
					row.departmentName(), became));
		}
		return new WordTemplate.Table(List.of("序号", "日期", "地点", "发现问题", "责任单位", "处理"), rows);
	}

	private WordTemplate.Block accountability(List<AccountabilityItem> actions) {
		if (actions.isEmpty()) {
			return new WordTemplate.Lines(List.of("本月无约谈、通报批评和问责事项。"));
		}
		List<String> lines = new ArrayList<>();
		int n = 1;
		for (AccountabilityItem item : actions) {
			lines.add(n++ + ". " + DAY.format(item.date()) + "，" + item.departmentName() + "："
					+ t(item.kind().labelKey()) + "（" + item.persons() + "）。" + item.summary());
		}
		return new WordTemplate.Lines(lines);
	}

	private String t(String key) {
		return this.translations.translate(CHINESE, key);
	}

}
