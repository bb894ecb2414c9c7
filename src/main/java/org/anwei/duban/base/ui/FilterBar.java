package org.anwei.duban.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A list's search field, filters and actions. On a desk they sit in one wrapping row; on
 * a phone (the style sheet's narrow-window rule) the filters fold behind a "筛选" button,
 * so the list starts on the first screen instead of below seven stacked fields.
 */
public final class FilterBar extends Div {

	private final Div more = new Div();

	private final Button toggle = new Button(VaadinIcon.FILTER.create());

	/**
	 * @param search shown on every screen
	 * @param filters folded on a phone
	 */
	public FilterBar(Component search, Component... filters) {
		addClassName("filter-bar");
		this.more.addClassName("filter-more");
		this.more.add(filters);
		this.toggle.setText(getTranslation("filter.more"));
		this.toggle.addClassName("filter-toggle");
		this.toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.toggle.getElement().setAttribute("aria-expanded", "false");
		this.toggle.addClickListener(e -> setFiltersShown(!hasClassName("open")));
		search.getElement().getClassList().add("filter-search");
		add(search, this.toggle, this.more);
	}

	/** Buttons after the filters (new, import, export). */
	public void addActions(Component... actions) {
		add(actions);
	}

	void setFiltersShown(boolean shown) {
		setClassName("open", shown);
		this.toggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
	}

}
