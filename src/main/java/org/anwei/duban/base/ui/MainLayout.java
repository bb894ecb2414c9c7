package org.anwei.duban.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.anwei.duban.base.i18n.LanguagePreference;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;

/**
 * The app shell: a side navigation built from the views' {@code @Menu} annotations (so
 * features never import this layout, and users see only the views they may open), a
 * header with the page title, the notification bell and the user menu (which also holds
 * the language choice). On a phone the navigation folds into a drawer and the title takes
 * the header's remaining width, cut with an ellipsis.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final H1Title viewTitle = new H1Title();

	private final List<HeaderContribution.Refreshable> live = new java.util.ArrayList<>();

	private final transient AuthenticationContext authenticationContext;

	private final transient CurrentUser currentUser;

	private final transient List<LanguagePreference> languagePreferences;

	MainLayout(AuthenticationContext authenticationContext, CurrentUser currentUser,
			List<HeaderContribution> contributions, List<LanguagePreference> languagePreferences) {
		this.languagePreferences = languagePreferences;
		this.authenticationContext = authenticationContext;
		this.currentUser = currentUser;
		setPrimarySection(Section.DRAWER);
		addToDrawer(brand(), new Scroller(navigation()));
		addToNavbar(new DrawerToggle(), this.viewTitle, headerActions(contributions));
	}

	private Component brand() {
		Span name = new Span(getTranslation("app.name"));
		name.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
		Span tagline = new Span(getTranslation("app.tagline"));
		tagline.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Div brand = new Div(name, tagline);
		brand.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM);
		return brand;
	}

	private SideNav navigation() {
		SideNav nav = new SideNav();
		nav.setId("main-nav");
		List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
		entries.forEach(entry -> nav.addItem(item(entry)));
		return nav;
	}

	private SideNavItem item(MenuEntry entry) {
		// @Menu titles are translation keys; the menu is built per UI, so the user's
		// language applies.
		SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
		if (entry.icon() != null && !entry.icon().isBlank()) {
			item.setPrefixComponent(new Icon(entry.icon()));
		}
		return item;
	}

	private Component headerActions(List<HeaderContribution> contributions) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
		if (this.currentUser.get().isPresent()) {
			contributions.forEach(c -> {
				Component component = c.create();
				if (component instanceof HeaderContribution.Refreshable live) {
					this.live.add(live);
				}
				actions.add(component);
			});
		}
		this.currentUser.get().ifPresent(user -> actions.add(userMenu(user)));
		actions.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.End.MEDIUM, "header-actions");
		return actions;
	}

	private Component userMenu(AppUserPrincipal user) {
		Avatar avatar = new Avatar(user.displayName());
		avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
		MenuBar menu = new MenuBar();
		menu.setId("user-menu");
		menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
		var root = menu.addItem(avatar);
		root.getElement().setAttribute("aria-label", getTranslation("header.user-menu", user.displayName()));
		root.getSubMenu().addItem(new Span(user.displayName() + " (" + user.getUsername() + ")")).setEnabled(false);
		languageMenu(root.getSubMenu());
		root.getSubMenu()
			.addItem(getTranslation("action.change-password"),
					e -> getUI().ifPresent(ui -> ui.navigate("change-password")));
		root.getSubMenu()
			.addItem(getTranslation("action.access-tokens"), e -> getUI().ifPresent(ui -> ui.navigate("tokens")));
		root.getSubMenu().addItem(getTranslation("action.logout"), e -> this.authenticationContext.logout());
		return menu;
	}

	/**
	 * 中文 / English inside the user menu, so that on a phone the header keeps its width
	 * for the page title.
	 */
	private void languageMenu(com.vaadin.flow.component.contextmenu.SubMenu menu) {
		var language = menu.addItem(new Span(new Icon(com.vaadin.flow.component.icon.VaadinIcon.GLOBE_WIRE),
				new Span(" " + getTranslation("header.language"))));
		language.setId("language-menu");
		java.util.Locale current = Languages.closestSupported(getLocale());
		for (java.util.Locale locale : Languages.SUPPORTED) {
			var item = language.getSubMenu().addItem(Languages.ENGLISH.equals(locale) ? "English" : "中文", e -> {
				if (!locale.equals(Languages.closestSupported(getLocale()))) {
					this.languagePreferences.forEach(p -> p.rememberForCurrentUser(locale));
					LanguageSwitch.switchTo(locale);
				}
			});
			item.setId("language-" + locale.toLanguageTag());
			item.setCheckable(true);
			item.setChecked(locale.equals(current));
		}
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		this.viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
		this.live.forEach(HeaderContribution.Refreshable::refresh);
	}

	/** The page title in the header; small on phones. */
	static final class H1Title extends com.vaadin.flow.component.html.H1 {

		H1Title() {
			addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, "view-title");
		}

	}

}
