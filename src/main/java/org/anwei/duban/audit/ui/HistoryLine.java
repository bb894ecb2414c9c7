package org.anwei.duban.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.base.ui.PersonLabels;

/**
 * One recorded change in a record's timeline: when, who, what, and each field's old → new
 * value, the field named by {@code <fieldPrefix><name>} where a label exists.
 */
public class HistoryLine extends Div {

	public HistoryLine(AuditEntry entry, PersonLabels names, String fieldPrefix) {
		add(new Span(DisplayTime.minutes(entry.occurredAt()) + " " + names.name(entry.actorUsername()) + " "
				+ getTranslation("audit.action." + entry.action())));
		addClassNames(LumoUtility.FontSize.SMALL);
		entry.changes()
			.forEach(c -> add(new Div(Translations.orFallback(fieldPrefix + c.field(), c.field()) + ": "
					+ (c.oldValue() == null ? "" : c.oldValue() + " → ")
					+ (c.newValue() == null ? "" : c.newValue()))));
	}

}
