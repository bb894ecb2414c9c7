package org.anwei.duban.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * The browser polls while something in the background has a result for this UI (there is
 * no push: it needs nothing from proxies and firewalls). Several waits may overlap; the
 * UI polls as often as the most eager one asks and stops when none waits. Used in the
 * UI's thread only.
 */
public final class Polling {

	private static final String WAITS = Polling.class.getName() + ".waits";

	private Polling() {
	}

	/** Polls at least every {@code millis} until the registration is removed. */
	public static Registration every(UI ui, int millis) {
		Wait wait = new Wait(millis);
		waits(ui).add(wait);
		apply(ui);
		return () -> {
			// by identity: two waits of the same interval are two entries
			waits(ui).removeIf(w -> w == wait);
			apply(ui);
		};
	}

	/** One wait; its own object, as a boxed interval of the same value may be shared. */
	private static final class Wait {

		private final int millis;

		Wait(int millis) {
			this.millis = millis;
		}

	}

	@SuppressWarnings("unchecked")
	private static List<Wait> waits(UI ui) {
		List<Wait> waits = (List<Wait>) ComponentUtil.getData(ui, WAITS);
		if (waits == null) {
			waits = new ArrayList<>();
			ComponentUtil.setData(ui, WAITS, waits);
		}
		return waits;
	}

	private static void apply(UI ui) {
		ui.setPollInterval(waits(ui).stream().mapToInt(w -> w.millis).min().orElse(-1));
	}

}
