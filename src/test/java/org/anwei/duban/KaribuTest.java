package org.anwei.duban;

import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import org.anwei.duban.base.i18n.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless UI tests (Karibu-Testing) on top of the real Spring context and database.
 * Each test starts with a fresh UI in Chinese and nobody signed in; {@link #login} signs
 * a demo user in.
 */
@IntegrationTest
public abstract class KaribuTest {

	private static Routes routes;

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected TestUsers users;

	@BeforeAll
	static void discoverRoutes() {
		routes = new Routes().autoDiscoverViews("org.anwei.duban");
	}

	@BeforeEach
	void setUpVaadin() {
		TestUsers.logout();
		MockVaadin.setup(UI::new, new MockSpringServlet(routes, this.context, UI::new));
		useLocale(Languages.CHINESE);
	}

	@AfterEach
	void tearDownVaadin() {
		MockVaadin.tearDown();
		TestUsers.logout();
	}

	/** Signs in and opens the given route, as a user would after logging in. */
	protected void login(String username, String route) {
		this.users.login(username);
		UI.getCurrent().navigate(route);
	}

	/**
	 * As the language switch does: the session's locale (used while views are built) and
	 * the UI's.
	 */
	protected void useLocale(Locale locale) {
		VaadinSession.getCurrent().setLocale(locale);
		UI.getCurrent().setLocale(locale);
	}

	protected String currentPath() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
	}

}
