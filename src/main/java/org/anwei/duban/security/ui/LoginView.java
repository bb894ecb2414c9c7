package org.anwei.duban.security.ui;

import java.time.Duration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.anwei.duban.base.ui.LanguageSwitch;
import org.anwei.duban.security.FirstAdminSetup;
import org.anwei.duban.security.LoginProperties;
import org.anwei.duban.security.LoginThrottledException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The login page. After a failed attempt it says why when it is safe to: a wrong password
 * and an unknown name get the same message; a computer that must wait is told how long
 * (the same for every name); "locked" and "disabled" are said only after a correct
 * password. The demo accounts are mentioned only when the demo profile runs.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	final LoginForm login = new LoginForm();

	/** What the form shows now; kept because LoginForm does not expose its i18n. */
	LoginI18n shown;

	private final FirstAdminSetup setup;

	private final LoginProperties properties;

	/** The form came back because its CSRF token had expired (or was forged). */
	private boolean expired;

	/**
	 * Shown when the user's session ended under them (idle too long, or the server they
	 * worked on restarted or went away): why they see this page, and that nothing saved
	 * is lost.
	 */
	final Span sessionEnded = new Span();

	LoginView(FirstAdminSetup setup, LoginProperties properties, Environment environment) {
		this.setup = setup;
		this.properties = properties;
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		addClassName("login-view");
		this.login.setAction("login");
		this.login.setForgotPasswordButtonVisible(false);
		this.shown = i18n(getTranslation("login.error.message"));
		this.login.setI18n(this.shown);
		this.login.setId("login-form");
		Span hint = new Span(
				getTranslation("login.hint", properties.maxFailedAttempts(), properties.lockDuration().toMinutes()));
		hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Div language = new Div(new LanguageSwitch());
		this.sessionEnded.setId("login-session-ended");
		this.sessionEnded.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Background.CONTRAST_5,
				LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.MaxWidth.SCREEN_SMALL);
		this.sessionEnded.setVisible(false);
		add(language, this.sessionEnded, this.login, hint);
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			Span demo = new Span(getTranslation("login.hint.demo"));
			demo.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
			demo.setId("login-demo-hint");
			add(demo);
		}
	}

	private LoginI18n i18n(String errorMessage) {
		LoginI18n i18n = new LoginI18n();
		LoginI18n.Header header = new LoginI18n.Header();
		header.setTitle(getTranslation("app.name"));
		header.setDescription(getTranslation("app.tagline"));
		i18n.setHeader(header);
		LoginI18n.Form form = new LoginI18n.Form();
		i18n.setForm(form);
		form.setTitle(getTranslation("login.title"));
		form.setUsername(getTranslation("field.user.username"));
		form.setPassword(getTranslation("field.user.password"));
		form.setSubmit(getTranslation("login.submit"));
		form.setForgotPassword("");
		LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
		i18n.setErrorMessage(error);
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(errorMessage);
		error.setUsername(getTranslation("validation.required", getTranslation("field.user.username")));
		error.setPassword(getTranslation("validation.required", getTranslation("field.user.password")));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.setup.setupRequired()) {
			event.forwardTo(SetupView.class);
			return;
		}
		var parameters = event.getLocation().getQueryParameters().getParameters();
		this.expired = parameters.containsKey("expired");
		this.sessionEnded.setVisible(parameters.containsKey(SessionEndedRedirect.PARAMETER));
		if (parameters.containsKey("error") || this.expired) {
			this.shown = i18n(errorMessage());
			this.login.setI18n(this.shown);
			this.login.setError(true);
		}
	}

	private String errorMessage() {
		if (this.expired) {
			return getTranslation("login.error.expired");
		}
		VaadinSession session = VaadinSession.getCurrent();
		Object last = session == null ? null
				: session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (last instanceof LoginThrottledException throttled) {
			return getTranslation("login.error.throttled", throttled.waitMinutes());
		}
		if (last instanceof LockedException) {
			Duration lock = this.properties.lockDuration();
			return getTranslation("login.error.locked", lock.toMinutes());
		}
		if (last instanceof DisabledException) {
			return getTranslation("login.error.disabled");
		}
		return getTranslation("login.error.message");
	}

	/**
	 * The language can change while the page is shown (the switch, or a reused view):
	 * re-label the form.
	 */
	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.shown = i18n(this.login.isError() ? errorMessage() : getTranslation("login.error.message"));
		this.login.setI18n(this.shown);
		this.sessionEnded.setText(getTranslation("login.session-ended"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

}
