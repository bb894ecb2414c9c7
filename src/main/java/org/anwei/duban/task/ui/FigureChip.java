package org.anwei.duban.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.anwei.duban.task.FigureFilter;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard figure a list was opened from ("逾期 · 2026-11-01 – 2026-11-30"), shown
 * above the list so the user knows why it holds these tasks; closing it shows the list
 * without the figure.
 */
class FigureChip extends HorizontalLayout {

	private final Span label = new Span();

	FigureChip(Runnable onClose) {
		Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onClose.run());
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		close.setAriaLabel(getTranslation("task.figure.clear"));
		close.setId("task-figure-clear");
		this.label.getElement().getThemeList().addAll(java.util.List.of("badge", "contrast"));
		this.label.setId("task-figure");
		add(this.label, close);
		setAlignItems(Alignment.CENTER);
		setSpacing(false);
		setVisible(false);
	}

	void show(@Nullable FigureFilter figure) {
		setVisible(figure != null);
		if (figure != null) {
			String period = figure.figure().isCurrent() ? getTranslation("task.figure.now")
					: getTranslation("task.figure.period", figure.period().from(), figure.period().to());
			this.label.setText(getTranslation("task.figure.chip", getTranslation(figure.figure().labelKey()), period));
		}
	}

}
