package org.anwei.duban.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.security.internal.AppUserRepository;
import org.anwei.duban.security.internal.UserRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a new installation. There is no default password
 * outside the demo: either {@code ANWEI_ADMIN_USERNAME} and {@code ANWEI_ADMIN_PASSWORD}
 * are set when the application starts, or the one-time setup page ({@code /setup}) asks
 * for them. Both work only while no user exists at all.
 */
@Service
public class FirstAdminSetup {

	private final AppUserRepository repository;

	private final UserService users;

	FirstAdminSetup(AppUserRepository repository, UserService users) {
		this.repository = repository;
		this.users = users;
	}

	/** Whether the installation has no users yet, so the setup page is open. */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public boolean setupRequired() {
		return this.repository.count() == 0;
	}

	/**
	 * Creates the first administrator. Refused once any user exists, so the open setup
	 * page cannot be used to add an admin to a running installation.
	 */
	@PreAuthorize("permitAll()")
	@Transactional
	public synchronized void createFirstAdmin(String username, String displayName, String password) {
		if (!setupRequired()) {
			throw ValidationException.of(UserRules.USERNAME, "validation.setup.done");
		}
		UserCommand command = UserRules
			.normalize(new UserCommand(username, displayName, null, Set.of(Role.ADMIN), Set.of(), null, null));
		List<FieldError> errors = new ArrayList<>(this.users.check(command, null));
		errors.addAll(PasswordPolicy.check(UserRules.PASSWORD, password, command.username(), command.displayName()));
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		this.users.createAccount(command, password, false);
	}

}
