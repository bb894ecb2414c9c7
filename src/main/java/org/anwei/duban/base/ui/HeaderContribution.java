package org.anwei.duban.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module puts in the app header (e.g. the notification bell), so the
 * shell does not depend on features. Spring beans implementing it are asked once per
 * layout, for the signed-in user.
 */
public interface HeaderContribution {

	Component create();

	/** A header component that shows live data, refreshed after every navigation. */
	interface Refreshable {

		void refresh();

	}

}
