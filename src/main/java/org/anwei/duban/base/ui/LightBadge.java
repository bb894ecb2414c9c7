package org.anwei.duban.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A 红黄绿灯 as colour, shape and word together, so it reads without colour: a tick for
 * green, a clock for yellow, an exclamation mark for red, an empty circle for none.
 */
public final class LightBadge {

	private LightBadge() {
	}

	/**
	 * @param light GREEN, YELLOW, RED or NONE
	 * @param label the light's word in the user's language
	 */
	public static Component of(String light, String label) {
		var icon = switch (light) {
			case "GREEN" -> VaadinIcon.CHECK_CIRCLE.create();
			case "YELLOW" -> VaadinIcon.CLOCK.create();
			case "RED" -> VaadinIcon.EXCLAMATION_CIRCLE.create();
			default -> VaadinIcon.CIRCLE_THIN.create();
		};
		icon.setSize("1em");
		icon.getElement().setAttribute("aria-hidden", "true");
		Span badge = new Span(icon, new Span(label));
		badge.addClassNames("light", "light-" + light.toLowerCase(Locale.ROOT));
		return badge;
	}

}
