package org.anwei.duban.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A user still on a one-time password is sent to the password page from every view until
 * they change it.
 */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

	private final CurrentUser currentUser;

	PasswordChangeEnforcer(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
	}

	void check(BeforeEnterEvent event) {
		boolean mustChange = this.currentUser.get().map(AppUserPrincipal::mustChangePassword).orElse(false);
		Class<?> target = event.getNavigationTarget();
		if (mustChange && target != ChangePasswordView.class && target != LoginView.class) {
			event.rerouteTo(ChangePasswordView.class);
		}
	}

}
