package org.anwei.duban.task.ui;

import org.anwei.duban.task.TaskFigure;
import org.anwei.duban.base.ui.UrlParameters;
import org.anwei.duban.base.ReportingPeriod;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.Map;
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

	/**
	 * The figure in a list's address ({@code figure=OVERDUE&pfrom=…&pto=…}), if whole.
	 */
	static Optional<FigureFilter> read(QueryParameters parameters) {
		Optional<TaskFigure> figure = parameters.getSingleParameter("figure")
			.flatMap(f -> UrlParameters.named(TaskFigure.values(), f));
		Optional<java.time.LocalDate> from = parameters.getSingleParameter("pfrom").flatMap(UrlParameters::date);
		Optional<java.time.LocalDate> to = parameters.getSingleParameter("pto").flatMap(UrlParameters::date);
		if (figure.isEmpty() || from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
			return Optional.empty();
		}
		return Optional.of(new FigureFilter(figure.get(), new ReportingPeriod(from.get(), to.get())));
	}

	static void put(Map<String, String> parameters, @Nullable FigureFilter figure) {
		if (figure != null) {
			parameters.put("figure", figure.figure().name());
			parameters.put("pfrom", figure.period().from().toString());
			parameters.put("pto", figure.period().to().toString());
		}
	}

}
