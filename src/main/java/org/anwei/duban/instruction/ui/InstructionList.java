package org.anwei.duban.instruction.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.instruction.InstructionItem;

/**
 * Leaders' instructions to departments, newest first: who, when, to which department,
 * what. Texts are shown as text.
 */
public class InstructionList extends Div {

	public InstructionList(List<InstructionItem> items, boolean showDepartment) {
		addClassName("instruction-list");
		if (items.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("instruction.none"));
			none.addClassNames(LumoUtility.TextColor.SECONDARY);
			add(none);
			return;
		}
		for (InstructionItem item : items) {
			Span meta = new Span(DisplayTime.minutes(item.createdAt()) + " · " + item.createdByName()
					+ (showDepartment ? " → " + item.departmentName() : ""));
			meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
			Paragraph text = new Paragraph(item.text());
			text.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
			Div entry = new Div(meta, text);
			entry.addClassName("instruction");
			entry.setId("instruction-" + item.id());
			add(entry);
		}
	}

}
