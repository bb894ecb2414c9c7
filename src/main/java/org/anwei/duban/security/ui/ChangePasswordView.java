package org.anwei.duban.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.ui.FormErrors;
import org.anwei.duban.base.ui.Notifications;
import org.anwei.duban.security.PasswordPolicy;
import org.anwei.duban.security.UserService;
import org.anwei.duban.security.internal.UserRules;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Change one's own password. Users with a one-time password are sent here before anything
 * else.
 */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

	final PasswordField current = new PasswordField();

	final PasswordField next = new PasswordField();

	final PasswordField confirm = new PasswordField();

	final Button save = new Button();

	private final UserService users;

	private final FormErrors errors = new FormErrors(this);

	ChangePasswordView(UserService users, CurrentUser currentUser) {
		this.users = users;
		setMaxWidth("32rem");
		if (currentUser.get().map(AppUserPrincipal::mustChangePassword).orElse(false)) {
			Paragraph notice = new Paragraph(getTranslation("password.must-change"));
			notice.setId("must-change-notice");
			add(notice);
		}
		this.current.setLabel(getTranslation("field.user.currentPassword"));
		this.next.setLabel(getTranslation("field.user.newPassword"));
		this.next.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
		this.confirm.setLabel(getTranslation("field.user.confirmPassword"));
		this.save.setText(getTranslation("action.save"));
		this.save.setId("password-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> save());
		this.errors.bind("user.currentPassword", this.current)
			.bind(UserRules.PASSWORD, this.next)
			.bind("user.confirmPassword", this.confirm);
		FormLayout form = new FormLayout(this.current, this.next, this.confirm);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form, this.save);
	}

	private void save() {
		try {
			if (!this.next.getValue().equals(this.confirm.getValue())) {
				throw new ValidationException(FieldError.of("user.confirmPassword", "validation.password.mismatch"));
			}
			AppUserPrincipal updated = this.users.changeOwnPassword(this.current.getValue(), this.next.getValue());
			// The session keeps working with the new state: no more redirects to this
			// page.
			SecurityContext context = SecurityContextHolder.getContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
			Notifications.success(getTranslation("password.changed"));
			getUI().ifPresent(ui -> ui.navigate(""));
		}
		catch (ValidationException ex) {
			this.errors.show(ex);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("action.change-password");
	}

}
