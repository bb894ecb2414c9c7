package org.anwei.duban.directive.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveStatus;

/**
 * The document text as written, each directive's sentence highlighted (candidates only
 * underlined). Clicking a highlight selects the directive in the list; selecting one in
 * the list scrolls its sentence into view. Text outside any directive stays visible as
 * context: nothing of the source is hidden.
 */
class SourcePanel extends Div {

	static final String MARK = "directive-mark";

	private final Map<Long, Span> marks = new HashMap<>();

	private final LongConsumer onPick;

	private long active = -1;

	SourcePanel(LongConsumer onPick) {
		this.onPick = onPick;
		setId("directive-source");
		addClassName("directive-source");
	}

	void show(String text, List<DirectiveDetails> directives) {
		removeAll();
		this.marks.clear();
		List<DirectiveDetails> placed = directives.stream()
			.filter(d -> d.status() != DirectiveStatus.DISCARDED && d.start() != null && d.end() != null)
			.sorted(Comparator.comparing(d -> Objects.requireNonNull(d.start())))
			.toList();
		int position = 0;
		for (DirectiveDetails d : placed) {
			int start = Math.max(position, Math.min(Objects.requireNonNull(d.start()), text.length()));
			int end = Math.min(Objects.requireNonNull(d.end()), text.length());
			if (end <= start) {
				continue;
			}
			if (start > position) {
				add(new Text(text.substring(position, start)));
			}
			add(mark(d, text.substring(start, end)));
			position = end;
		}
		if (position < text.length()) {
			add(new Text(text.substring(position)));
		}
		if (this.marks.containsKey(this.active)) {
			this.marks.get(this.active).addClassName("active");
		}
	}

	/** Highlights the directive's sentence as the current one and scrolls to it. */
	void highlight(long directiveId) {
		Span previous = this.marks.get(this.active);
		if (previous != null) {
			previous.removeClassName("active");
		}
		this.active = directiveId;
		Span mark = this.marks.get(directiveId);
		if (mark != null) {
			mark.addClassName("active");
			mark.scrollIntoView();
		}
	}

	boolean isMarked(long directiveId) {
		return this.marks.containsKey(directiveId);
	}

	private Span mark(DirectiveDetails d, String sentence) {
		boolean candidate = d.status() == DirectiveStatus.CANDIDATE;
		Span mark = candidate ? new Span(new Text(sentence))
				: new Span(new Span(String.valueOf(d.number())), new Text(sentence));
		if (!candidate) {
			mark.getChildren().findFirst().ifPresent(c -> c.getElement().getClassList().add("directive-number"));
		}
		mark.addClassName(MARK);
		if (d.status() == DirectiveStatus.ISSUED) {
			mark.addClassName("issued");
		}
		if (candidate) {
			// a candidate is marked lightly: a sentence to glance at, not a task
			mark.addClassName("candidate");
			mark.setTitle(getTranslation("directive.status.candidate"));
		}
		mark.setId("mark-" + d.id());
		mark.addClickListener(e -> this.onPick.accept(d.id()));
		this.marks.put(d.id(), mark);
		return mark;
	}

}
