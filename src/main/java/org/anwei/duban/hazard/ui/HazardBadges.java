package org.anwei.duban.hazard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardStatus;

/** Badges of the ledger: level, status, and the words overdue and rebound. */
final class HazardBadges {

	private HazardBadges() {
	}

	static Component level(HazardLevel level) {
		return badge(new Span().getTranslation(level.labelKey()), level == HazardLevel.MAJOR ? "error" : "contrast");
	}

	static Component status(HazardStatus status, boolean overdue) {
		Span probe = new Span();
		String text = probe.getTranslation(status.labelKey());
		if (overdue) {
			text += " · " + probe.getTranslation("hazard.overdue");
		}
		return badge(text, overdue ? "error" : switch (status) {
			case REGISTERED -> "contrast";
			case RECTIFYING -> "primary";
			case AWAITING_ACCEPTANCE -> "warning";
			case CLOSED -> "success";
		});
	}

	static Component rebound() {
		return badge(new Span().getTranslation("hazard.rebound"), "warning");
	}

	private static Component badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().addAll(List.of("badge", "small", theme));
		return badge;
	}

}
