package org.anwei.duban.task.ui;

import com.vaadin.flow.component.UI;
import org.anwei.duban.base.ui.LightBadge;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import org.anwei.duban.task.StatusLight;
import org.anwei.duban.task.TaskStatus;

/** The small visual pieces tasks share: light, status badge, deadline text. */
final class TaskBadges {

	private TaskBadges() {
	}

	static Component light(org.anwei.duban.task.TaskListItem task) {
		return light(task.light());
	}

	/** The light as colour, shape and word together. */
	static Component light(StatusLight light) {
		return LightBadge.of(light.name(), UI.getCurrent().getTranslation(light.labelKey()));
	}

	static Component status(TaskStatus status, boolean stale) {
		Span badge = new Span(badgeText(status, stale));
		badge.getElement().getThemeList().addAll(List.of("badge", "small", theme(status)));
		return badge;
	}

	private static String badgeText(TaskStatus status, boolean stale) {
		Span probe = new Span();
		String label = probe.getTranslation(status.labelKey());
		return stale ? label + " · " + probe.getTranslation("task.stale") : label;
	}

	/** The current deadline, and the original one when an extension moved it. */
	static String deadline(Component owner, LocalDate current, LocalDate original) {
		return current.equals(original) ? current.toString()
				: owner.getTranslation("task.deadline.extended", current, original);
	}

	private static String theme(TaskStatus status) {
		return switch (status) {
			case ISSUED -> "contrast";
			case IN_PROGRESS -> "primary";
			case SUBMITTED -> "warning";
			case DONE -> "success";
			case CANCELLED -> "error";
		};
	}

}
