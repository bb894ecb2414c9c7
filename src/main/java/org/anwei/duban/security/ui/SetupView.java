package org.anwei.duban.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.base.ui.LanguageSwitch;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.security.FirstAdminSetup;
import org.anwei.duban.security.PasswordPolicy;
import org.anwei.duban.security.internal.UserRules;

/**
 * One-time setup of a new installation: creates the first administrator. Open only while
 * there is no user at all; afterwards it sends everyone to the login page (and the
 * service refuses, whatever the page does).
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	final TextField username = new TextField();

	final TextField displayName = new TextField();

	final PasswordField password = new PasswordField();

	final PasswordField confirm = new PasswordField();

	final Button create = new Button();

	private final FirstAdminSetup setup;

	private final FormErrors errors = new FormErrors(this);

	SetupView(FirstAdminSetup setup) {
		this.setup = setup;
		setMaxWidth("32rem");
		getStyle().set("margin", "0 auto");
		this.username.setLabel(getTranslation("field.user.username"));
		this.displayName.setLabel(getTranslation("field.user.displayName"));
		this.password.setLabel(getTranslation("field.user.password"));
		this.password.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
		this.confirm.setLabel(getTranslation("field.user.confirmPassword"));
		this.create.setText(getTranslation("setup.create"));
		this.create.setId("setup-create");
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(e -> create());
		this.errors.bind(UserRules.USERNAME, this.username)
			.bind(UserRules.DISPLAY_NAME, this.displayName)
			.bind(UserRules.PASSWORD, this.password)
			.bind("user.confirmPassword", this.confirm);
		add(new LanguageSwitch(), new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
				new FormLayout(this.username, this.displayName, this.password, this.confirm), this.create);
	}

	private void create() {
		try {
			if (!this.password.getValue().equals(this.confirm.getValue())) {
				throw new ValidationException(FieldError.of("user.confirmPassword", "validation.password.mismatch"));
			}
			this.setup.createFirstAdmin(this.username.getValue(), this.displayName.getValue(),
					this.password.getValue());
			Notifications.success(getTranslation("setup.done"));
			getUI().ifPresent(ui -> ui.navigate(LoginView.class));
		}
		catch (ValidationException ex) {
			this.errors.show(ex);
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!this.setup.setupRequired()) {
			event.forwardTo(LoginView.class);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("setup.title");
	}

}
