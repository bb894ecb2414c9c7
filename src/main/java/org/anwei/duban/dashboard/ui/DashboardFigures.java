package org.anwei.duban.dashboard.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.anwei.duban.base.ui.ErrorMessages;
import org.anwei.duban.base.ui.LateResult;
import org.anwei.duban.dashboard.ChartFigures;
import org.anwei.duban.dashboard.RankingRow;
import org.anwei.duban.dashboard.Standing;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one filter, each part drawn as soon as it is counted: the standing
 * (headline, ranking, lights) and the other four charts. Until then "正在统计…" stands where
 * the headline will be and the chart panels wait empty, so the page around them answers
 * at once. Parts that come within a moment come in the same response, with no flash of
 * placeholders; parts for figures no longer on the page are dropped.
 */
class DashboardFigures extends Div {

	/**
	 * How long the page waits for its figures before it is sent with placeholders where
	 * they will be.
	 */
	private static final long INLINE_WAIT_MILLIS = 100;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Div standing = new Div();

	private final DashboardCharts charts;

	private final DashboardLinks links;

	private final Consumer<String> open;

	private final @Nullable Consumer<RankingRow> instruct;

	private final ZoneId zone;

	private final Runnable recount;

	/** The parts handed to the UI (tests wait for it). */
	private CompletableFuture<Void> shown = CompletableFuture.completedFuture(null);

	DashboardFigures(DashboardLinks links, Consumer<String> open, @Nullable Consumer<RankingRow> instruct, ZoneId zone,
			Runnable recount) {
		this.links = links;
		this.zone = zone;
		this.recount = recount;
		this.open = open;
		this.instruct = instruct;
		this.charts = new DashboardCharts(links, open);
		this.standing.setWidthFull();
		this.standing.add(counting());
		setWidthFull();
		add(this.standing, this.charts);
	}

	/**
	 * Shows the figures being counted as they come: the standing and the charts. Call
	 * once attached.
	 */
	void show(CompletableFuture<Standing> counted, CompletableFuture<ChartFigures> figures) {
		awaitBriefly(CompletableFuture.allOf(counted, figures));
		UI ui = UI.getCurrent();
		this.shown = CompletableFuture.allOf(LateResult.show(ui, counted, this::standing, this::failed),
				LateResult.show(ui, figures, f -> {
					if (onPage()) {
						this.charts.figures(f);
					}
				}, this::failed));
	}

	/** Completes when every part is shown or queued for the UI's thread. */
	CompletableFuture<Void> shown() {
		return this.shown;
	}

	private void standing(Standing counted) {
		if (onPage()) {
			this.standing.removeAll();
			this.standing.add(countedAt(counted), new HeadlineCards(counted.headline(), this.links),
					new H3(getTranslation("dashboard.ranking")),
					new RankingGrid(counted.ranking(), this.links, this.open, this.instruct));
			this.charts.lights(counted.headline().tasks());
		}
	}

	/**
	 * When the figures were counted (they may be up to a minute old: see
	 * DashboardService), with a button for a new count.
	 */
	private Div countedAt(Standing counted) {
		Span when = new Span(getTranslation("dashboard.counted-at",
				TIME.format(counted.countedAt().atZone(this.zone).toLocalTime())));
		when.setId("dashboard-counted-at");
		Button again = new Button(getTranslation("dashboard.recount"), VaadinIcon.REFRESH.create(),
				e -> this.recount.run());
		again.setId("dashboard-recount");
		again.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		Div line = new Div(when, again);
		line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.FLEX,
				LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
		return line;
	}

	private void failed(RuntimeException failure) {
		if (onPage()) {
			this.standing.removeAll();
			Paragraph message = new Paragraph(
					ErrorMessages.of(UI.getCurrent(), getTranslation("dashboard.figures"), failure));
			message.setId("dashboard-failed");
			message.addClassName(LumoUtility.TextColor.ERROR);
			this.standing.add(message);
		}
	}

	/** Still on the page: a new filter replaces the figures of the old one. */
	private boolean onPage() {
		return getParent().isPresent();
	}

	/** What stands where the figures will be while they are counted. */
	private Div counting() {
		ProgressBar bar = new ProgressBar();
		bar.setIndeterminate(true);
		Div counting = new Div(new Span(getTranslation("dashboard.counting")), bar);
		counting.setId("dashboard-counting");
		return counting;
	}

	/** Waits a moment for figures that come quickly, so they come in this response. */
	private static void awaitBriefly(CompletableFuture<?> figures) {
		try {
			figures.get(INLINE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException slowOrFailed) {
			// shown when they come, or said then
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
