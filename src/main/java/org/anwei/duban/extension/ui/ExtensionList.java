package org.anwei.duban.extension.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.extension.ExtensionDetails;

/** A record's extension requests with their decisions, oldest first; nothing if none. */
public class ExtensionList extends Div {

	public ExtensionList(List<ExtensionDetails> extensions, PersonLabels names) {
		if (extensions.isEmpty()) {
			return;
		}
		add(new H3(getTranslation("task.extensions")));
		for (ExtensionDetails e : extensions) {
			add(new Div(getTranslation("task.extension.line", e.proposedDeadline(),
					getTranslation(e.state().labelKey()), e.reason(), names.name(e.requestedBy()),
					e.decisionComment() == null ? "" : e.decisionComment())));
		}
	}

}
