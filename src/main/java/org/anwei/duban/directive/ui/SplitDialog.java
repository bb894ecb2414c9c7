package org.anwei.duban.directive.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import org.anwei.duban.directive.DirectiveDetails;

/**
 * Splits a directive in two: staff pick the sentence or clause the second one starts
 * with. Cut points are after 。；！？ and, where a text has none of those, after commas.
 */
class SplitDialog extends Dialog {

	final RadioButtonGroup<Integer> cut = new RadioButtonGroup<>();

	final Button split = new Button();

	SplitDialog(DirectiveDetails directive, IntConsumer onSplit) {
		setHeaderTitle(getTranslation("directive.split.title"));
		setId("split-dialog");
		setWidth("min(40rem, 100vw)");
		String text = directive.text();
		List<Integer> cuts = cutPoints(text);
		this.cut.setId("split-cut");
		this.cut.setLabel(getTranslation("directive.split.where"));
		this.cut.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.cut.setItems(cuts);
		this.cut.setItemLabelGenerator(at -> getTranslation("directive.split.before", preview(text.substring(at))));
		if (!cuts.isEmpty()) {
			this.cut.setValue(cuts.getFirst());
		}
		else {
			this.cut.setHelperText(getTranslation("directive.split.nowhere"));
		}
		add(this.cut);
		this.split.setText(getTranslation("directive.split"));
		this.split.setId("split-confirm");
		this.split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.split.setEnabled(!cuts.isEmpty());
		this.split.addClickListener(e -> {
			if (this.cut.getValue() != null) {
				onSplit.accept(this.cut.getValue());
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), this.split);
	}

	static List<Integer> cutPoints(String text) {
		List<Integer> sentences = cuts(text, "。；;！!？?");
		return sentences.isEmpty() ? cuts(text, "，,") : sentences;
	}

	private static List<Integer> cuts(String text, String after) {
		List<Integer> cuts = new ArrayList<>();
		for (int i = 0; i < text.length() - 1; i++) {
			if (after.indexOf(text.charAt(i)) >= 0 && !text.substring(i + 1).isBlank()) {
				cuts.add(i + 1);
			}
		}
		return cuts;
	}

	private static String preview(String rest) {
		String stripped = rest.strip();
		return stripped.length() > 24 ? stripped.substring(0, 24) + "…" : stripped;
	}

}
