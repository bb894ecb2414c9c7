package org.anwei.duban.dashboard.ui;

import org.anwei.duban.base.Percent;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.anwei.duban.dashboard.Headline;
import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.task.PeriodTaskFigures;
import org.anwei.duban.task.TaskFigure;
import org.jspecify.annotations.Nullable;

/**
 * The headline figures as cards, each a link to the list it counts, with the change
 * against the previous period where the figure is a count for a period (hazards open now
 * have none).
 */
class HeadlineCards extends Div {

	HeadlineCards(Headline headline, DashboardLinks links) {
		addClassName("home-cards");
		setId("dashboard-headline");
		PeriodTaskFigures now = headline.tasks().current();
		PeriodTaskFigures before = headline.tasks().previous();
		HazardFigures hazards = headline.hazards();
		add(card("issued", now.issued(), before.issued(), links.tasks(TaskFigure.ISSUED, null), false));
		add(card("open-at-end", now.openAtEnd(), before.openAtEnd(), links.tasks(TaskFigure.OPEN_AT_END, null), false));
		add(card("completed", now.completed(), before.completed(), links.tasks(TaskFigure.COMPLETED, null), false));
		add(card("overdue", now.overdue(), before.overdue(), links.tasks(TaskFigure.OVERDUE, null), true));
		add(rate(now.onTimeRate(), before.onTimeRate(), links.tasks(TaskFigure.ON_TIME, null)));
		add(card("hazards-open", hazards.open(), null, links.hazards(null, Map.of("open", "true")), true));
		add(card("hazards-major", hazards.majorOpen(), null,
				links.hazards(null, Map.of("open", "true", "level", "MAJOR")), true));
		add(card("hazards-overdue", hazards.overdue(), null, links.hazards(null, Map.of("overdue", "true")), true));
		add(card("hazards-found", hazards.found(), hazards.foundBefore(), links.hazardsFound(null, false), null));
		add(card("rebounds", hazards.rebounds(), hazards.reboundsBefore(), links.hazardsFound(null, true), true));
		add(card("actions", headline.actions(), headline.actionsBefore(), links.actions(null), true));
	}

	/**
	 * A number with its change; {@code worseWhenHigher} colours a rise as bad (overdue)
	 * or good (completed), or not at all when null (issued: neither good nor bad).
	 */
	private Anchor card(String name, long value, @Nullable Long previous, String href,
			@Nullable Boolean worseWhenHigher) {
		Span change = previous == null ? hint(getTranslation("dashboard.now"))
				: change(value - previous, previous, worseWhenHigher);
		return card(name, String.valueOf(value), change, href);
	}

	private Anchor rate(@Nullable Double rate, @Nullable Double previous, String href) {
		Span change;
		if (rate == null || previous == null) {
			change = hint(previous == null ? getTranslation("dashboard.no-previous")
					: getTranslation("dashboard.previous-rate", Percent.of(previous)));
		}
		else {
			long points = Math.round((rate - previous) * 1000);
			change = hint(getTranslation("dashboard.rate-change", signed(points / 10.0), Percent.of(previous)));
			change.addClassName(points > 0 ? "change-better" : points < 0 ? "change-worse" : "change-same");
		}
		return card("on-time-rate", Percent.of(rate, "—"), change, href);
	}

	private Anchor card(String name, String value, Span change, String href) {
		Span number = new Span(value);
		number.addClassNames("home-count", LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span label = new Span(getTranslation("dashboard.figure." + name));
		label.addClassNames(LumoUtility.FontWeight.MEDIUM);
		Anchor card = new Anchor(href, number, label, change);
		card.setId("dashboard-" + name);
		card.addClassName("home-card");
		return card;
	}

	private Span change(long delta, long previous, @Nullable Boolean worseWhenHigher) {
		Span change = hint(
				getTranslation("dashboard.change", delta > 0 ? "+" + delta : String.valueOf(delta), previous));
		if (worseWhenHigher != null) {
			boolean worse = worseWhenHigher ? delta > 0 : delta < 0;
			change.addClassName(delta == 0 ? "change-same" : worse ? "change-worse" : "change-better");
		}
		return change;
	}

	private static Span hint(String text) {
		Span hint = new Span(text);
		hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		return hint;
	}

	private static String signed(double value) {
		return value > 0 ? "+" + value : String.valueOf(value);
	}

}
