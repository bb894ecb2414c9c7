package org.anwei.duban.directive.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.anwei.duban.directive.DirectiveDetails;

/**
 * Sentences the engine kept apart (probably narrative or exhortation), collapsed under
 * the list: staff glance at them and promote one to a requirement with a click. Nothing a
 * reviewer might want is thrown away, and nothing doubtful is proposed as a task.
 */
class CandidatesPanel extends Details {

	private final Div rows = new Div();

	private final Consumer<DirectiveDetails> onPromote;

	CandidatesPanel(Consumer<DirectiveDetails> onPromote) {
		this.onPromote = onPromote;
		setId("directive-candidates");
		addClassName("directive-candidates");
		setOpened(false);
		Paragraph hint = new Paragraph(getTranslation("directive.candidates.hint"));
		hint.addClassName("directive-card-label");
		add(hint, this.rows);
	}

	void show(List<DirectiveDetails> candidates) {
		setVisible(!candidates.isEmpty());
		setSummaryText(getTranslation("directive.candidates", candidates.size()));
		this.rows.removeAll();
		for (DirectiveDetails candidate : candidates) {
			this.rows.add(row(candidate));
		}
	}

	private Div row(DirectiveDetails candidate) {
		Span reason = new Span(getTranslation(reasonKey(candidate)));
		reason.getElement().getThemeList().addAll(List.of("badge", "contrast", "small"));
		Button promote = new Button(getTranslation("directive.candidate.promote"),
				e -> this.onPromote.accept(candidate));
		promote.setId("promote-" + candidate.id());
		promote.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Div heading = new Div(reason, promote);
		heading.addClassName("directive-card-heading");
		Div text = new Div(candidate.text());
		text.addClassName("directive-card-text");
		Div row = new Div(heading, text);
		row.addClassName("directive-card");
		row.setId("candidate-" + candidate.id());
		return row;
	}

	private static String reasonKey(DirectiveDetails candidate) {
		String reason = candidate.candidateReason();
		return "directive.candidate-reason." + (reason == null ? "other" : reason.toLowerCase(java.util.Locale.ROOT));
	}

}
