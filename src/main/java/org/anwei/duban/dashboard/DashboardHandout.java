package org.anwei.duban.dashboard;

import org.anwei.duban.base.Percent;
import java.awt.Color;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.anwei.duban.base.ReportingPeriod;
import org.anwei.duban.base.documents.PdfBarChart;
import org.anwei.duban.base.documents.PdfComposer;
import org.anwei.duban.base.documents.PdfTable;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.task.DepartmentTaskFigures;
import org.anwei.duban.task.MeetingTaskProgress;
import org.anwei.duban.task.MonthTaskFigures;
import org.anwei.duban.task.PeriodTaskFigures;
import org.anwei.duban.task.TaskProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dashboard as a PDF handout for a meeting: the same filter's headline figures
 * against the previous period, the charts (drawn as vector graphics, so they print
 * sharply) and the ranking, in the reader's language, with a Chinese font embedded.
 */
@Service
public class DashboardHandout {

	static final Color RED = new Color(0xD9, 0x36, 0x3E);

	static final Color YELLOW = new Color(0xE0, 0xA8, 0x00);

	static final Color GREEN = new Color(0x2E, 0x9E, 0x5B);

	static final Color BLUE = new Color(0x3F, 0x7F, 0xD9);

	static final Color GREY = new Color(0xA0, 0xA7, 0xB4);

	private static final float CHART_HEIGHT = 150;

	private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final DashboardService dashboards;

	private final Translations translations;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final TaskProperties taskProperties;

	DashboardHandout(DashboardService dashboards, Translations translations, CurrentUser currentUser, Clock clock,
			TaskProperties taskProperties) {
		this.taskProperties = taskProperties;
		this.dashboards = dashboards;
		this.translations = translations;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The handout for the filter, within the caller's scope.
	 * @param subtitle the scope and filters as the reader chose them
	 */
	@PreAuthorize(DashboardService.READERS)
	public byte[] pdf(DashboardFilter filter, Locale locale, String subtitle) {
		Dashboard dashboard = this.dashboards.dashboard(filter);
		Words t = (key, args) -> this.translations.translate(locale, key, args);
		ReportingPeriod period = filter.period();
		ReportingPeriod before = period.previous();
		try (PdfComposer pdf = PdfComposer.create()) {
			pdf.line(t.of("dashboard.pdf.title"), 18, PdfComposer.Align.CENTER)
				.line(t.of("dashboard.pdf.period", period.from(), period.to(), before.from(), before.to()), 9,
						PdfComposer.Align.CENTER)
				.line(subtitle, 9, PdfComposer.Align.CENTER)
				.line(t.of("dashboard.pdf.made", MADE.withZone(this.taskProperties.zone()).format(this.clock.instant()),
						this.currentUser.require().displayName()), 8, PdfComposer.Align.CENTER)
				.space(6);
			headline(pdf, dashboard.headline(), t);
			pdf.space(10);
			lights(pdf, dashboard.headline().tasks(), t);
			trend(pdf, dashboard.trend(), t);
			hazards(pdf, "dashboard.chart.hazards-district", dashboard.hazardsByDistrict(), t);
			hazards(pdf, "dashboard.chart.hazards-industry", dashboard.hazardsByIndustry(), t);
			meetings(pdf, dashboard.meetings(), t);
			pdf.space(8).line(t.of("dashboard.ranking"), 12, PdfComposer.Align.LEFT);
			ranking(pdf, dashboard.ranking(), t);
			return pdf.finish();
		}
	}

	/** Translated words. */
	@FunctionalInterface
	private interface Words {

		String of(String key, Object... arguments);

	}

	private static void headline(PdfComposer pdf, Headline headline, Words t) {
		PeriodTaskFigures now = headline.tasks().current();
		PeriodTaskFigures before = headline.tasks().previous();
		HazardFigures hazards = headline.hazards();
		String notCompared = t.of("dashboard.pdf.now");
		List<List<String>> rows = List.of(row(t, "issued", now.issued(), before.issued()),
				row(t, "open-at-end", now.openAtEnd(), before.openAtEnd()),
				row(t, "completed", now.completed(), before.completed()),
				row(t, "overdue", now.overdue(), before.overdue()),
				List.of(t.of("dashboard.figure.on-time-rate"), percent(now.onTimeRate()), percent(before.onTimeRate())),
				List.of(t.of("dashboard.figure.hazards-open"), String.valueOf(hazards.open()), notCompared),
				List.of(t.of("dashboard.figure.hazards-major"), String.valueOf(hazards.majorOpen()), notCompared),
				List.of(t.of("dashboard.figure.hazards-overdue"), String.valueOf(hazards.overdue()), notCompared),
				row(t, "hazards-found", hazards.found(), hazards.foundBefore()),
				row(t, "rebounds", hazards.rebounds(), hazards.reboundsBefore()),
				row(t, "actions", headline.actions(), headline.actionsBefore()));
		PdfTable.draw(pdf, List.of(t.of("dashboard.pdf.figure"), t.of("dashboard.pdf.this-period"),
				t.of("dashboard.pdf.previous-period")), rows, new float[] { 3, 2, 2 }, 9);
	}

	private static List<String> row(Words t, String figure, long now, long before) {
		return List.of(t.of("dashboard.figure." + figure), String.valueOf(now), String.valueOf(before));
	}

	private static void lights(PdfComposer pdf, DepartmentTaskFigures tasks, Words t) {
		List<String> names = List.of(t.of("task.light.red"), t.of("task.light.yellow"), t.of("task.light.green"));
		chart(pdf, t.of("dashboard.chart.lights"), names,
				List.of(new PdfBarChart.Series(names.get(0), RED, List.of(tasks.red(), 0L, 0L)),
						new PdfBarChart.Series(names.get(1), YELLOW, List.of(0L, tasks.yellow(), 0L)),
						new PdfBarChart.Series(names.get(2), GREEN, List.of(0L, 0L, tasks.green()))),
				true, t);
	}

	private static void trend(PdfComposer pdf, List<MonthTaskFigures> months, Words t) {
		chart(pdf, t.of("dashboard.chart.trend"), months.stream().map(m -> m.month().toString()).toList(),
				List.of(series(t.of("task.figure.issued"), BLUE, months, MonthTaskFigures::issued),
						series(t.of("task.figure.completed"), GREEN, months, MonthTaskFigures::completed),
						series(t.of("task.figure.overdue"), RED, months, MonthTaskFigures::overdue)),
				false, t);
	}

	private void hazards(PdfComposer pdf, String titleKey, List<LevelRow> rows, Words t) {
		List<String> names = rows.stream()
			.map(r -> r.key().translatable() ? t.of(r.key().label()) : r.key().label())
			.toList();
		chart(pdf, t.of(titleKey), names,
				List.of(series(t.of(HazardLevel.GENERAL.labelKey()), YELLOW, rows, LevelRow::general),
						series(t.of(HazardLevel.MAJOR.labelKey()), RED, rows, LevelRow::major)),
				true, t);
	}

	private static void meetings(PdfComposer pdf, List<MeetingTaskProgress> meetings, Words t) {
		chart(pdf, t.of("dashboard.chart.meetings"), meetings.stream().map(MeetingTaskProgress::title).toList(),
				List.of(series(t.of("dashboard.meetings.done"), GREEN, meetings, MeetingTaskProgress::done),
						series(t.of("dashboard.meetings.open"), GREY, meetings, m -> m.tasks() - m.done())),
				true, t);
	}

	private static <T> PdfBarChart.Series series(String name, Color color, List<T> rows, Function<T, Long> value) {
		return new PdfBarChart.Series(name, color, rows.stream().map(value).toList());
	}

	private static void chart(PdfComposer pdf, String title, List<String> categories, List<PdfBarChart.Series> series,
			boolean stacked, Words t) {
		String empty = t.of("dashboard.pdf.no-data");
		pdf.drawing(CHART_HEIGHT, canvas -> PdfBarChart.draw(canvas, title, categories, series, stacked, empty))
			.space(8);
	}

	private static void ranking(PdfComposer pdf, List<RankingRow> ranking, Words t) {
		List<String> columns = List.of("rank", "department", "light", "score", "on-time-rate", "overdue",
				"average-days", "extensions", "returns", "urges", "stale", "hazards-open", "hazards-overdue",
				"actions");
		List<List<String>> rows = new ArrayList<>();
		for (RankingRow r : ranking) {
			PeriodTaskFigures now = r.tasks().current();
			Double days = now.averageDaysToComplete();
			rows.add(List.of(String.valueOf(r.rank()), r.department().name(), t.of(r.light().labelKey()),
					String.valueOf(r.score()), percent(now.onTimeRate()), String.valueOf(now.overdue()),
					days == null ? "—" : String.format(Locale.ROOT, "%.1f", days), String.valueOf(now.extensions()),
					String.valueOf(now.returns()), String.valueOf(now.urges()), String.valueOf(r.tasks().stale()),
					String.valueOf(r.hazards().open()), String.valueOf(r.hazards().overdue()),
					String.valueOf(r.actions())));
		}
		PdfTable.draw(pdf, columns.stream().map(c -> t.of("dashboard.ranking." + c)).toList(), rows,
				new float[] { 1.1f, 4, 1.3f, 1.5f, 2, 1.3f, 1.5f, 1.3f, 1.3f, 1.3f, 1.3f, 1.6f, 1.6f, 1.3f }, 6.5f);
	}

	private static String percent(@org.jspecify.annotations.Nullable Double rate) {
		return Percent.of(rate, "—");
	}

}
