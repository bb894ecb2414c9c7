package org.anwei.duban.directive.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.anwei.duban.directive.DirectiveAssignment;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveOrigin;
import org.anwei.duban.directive.DirectiveStatus;

/**
 * One directive in the list: number and marker, its task title, its text, who answers for
 * it, when, which topics, and badges for what needs a second look. Fits a phone as well
 * as a desk.
 */
class DirectiveCard extends Div {

	DirectiveCard(DirectiveDetails d) {
		addClassName("directive-card");
		if (d.status() == DirectiveStatus.DISCARDED) {
			addClassName("discarded");
		}
		Div heading = new Div();
		heading.addClassName("directive-card-heading");
		heading.add(new Span(d.number() > 0 ? String.valueOf(d.number()) : "–"));
		if (d.marker() != null) {
			heading.add(new Span(d.marker()));
		}
		heading.add(badge(getTranslation(d.status().labelKey()), statusTheme(d.status())));
		if (d.confidence() < DirectiveDetails.LOW_CONFIDENCE && d.status() == DirectiveStatus.PROPOSED) {
			heading.add(badge(getTranslation("directive.low-confidence"), "badge warning small"));
		}
		if (d.origin() == DirectiveOrigin.MANUAL) {
			heading.add(badge(getTranslation("directive.manual"), "badge contrast small"));
		}
		else if (d.edited()) {
			heading.add(badge(getTranslation("directive.edited"), "badge contrast small"));
		}
		Div title = new Div(d.taskTitle());
		title.addClassName("directive-card-title");
		Div text = new Div(d.text());
		text.addClassName("directive-card-text");
		add(heading, title, text, line("directive.departments", parties(d)), line("directive.deadline", deadline(d)),
				line("directive.categories",
						d.categories()
							.stream()
							.sorted(Comparator.naturalOrder())
							.map(c -> getTranslation(c.labelKey()))
							.collect(Collectors.joining("、"))));
	}

	private String parties(DirectiveDetails d) {
		StringBuilder parties = new StringBuilder();
		d.lead().ifPresent(lead -> parties.append(lead.label()).append(getTranslation("directive.lead-suffix")));
		for (DirectiveAssignment assist : d.assisting()) {
			parties.append(parties.isEmpty() ? "" : "、").append(assist.label());
		}
		if (!d.unmapped().isEmpty()) {
			parties.append(parties.isEmpty() ? "" : "；")
				.append(getTranslation("directive.unmapped",
						d.unmapped().stream().map(DirectiveAssignment::mention).collect(Collectors.joining("、"))));
		}
		return parties.isEmpty() ? getTranslation("directive.no-lead") : parties.toString();
	}

	private String deadline(DirectiveDetails d) {
		StringBuilder deadline = new StringBuilder();
		if (d.deadlineDate() != null) {
			deadline.append(d.deadlineDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
		}
		if (d.recurrence() != null) {
			deadline.append(deadline.isEmpty() ? "" : " · ").append(getTranslation(d.recurrence().labelKey()));
		}
		if (d.deadlinePhrase() != null) {
			deadline.append("（").append(d.deadlinePhrase()).append("）");
		}
		return deadline.isEmpty() ? getTranslation("directive.no-deadline") : deadline.toString();
	}

	private Div line(String labelKey, String value) {
		Span label = new Span(getTranslation(labelKey) + "：");
		label.addClassName("directive-card-label");
		return new Div(label, new Span(value));
	}

	private static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
		return badge;
	}

	private static String statusTheme(DirectiveStatus status) {
		return switch (status) {
			case PROPOSED -> "badge small";
			case ISSUED -> "badge success small";
			case DISCARDED -> "badge error small";
			case CANDIDATE -> "badge contrast small";
		};
	}

}
