package org.anwei.duban.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.anwei.duban.base.Text;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.security.UserCommand;
import org.jspecify.annotations.Nullable;

/** The rules a user account must satisfy; shared by the form and the import. */
public final class UserRules {

	public static final String USERNAME = "user.username";

	public static final String DISPLAY_NAME = "user.displayName";

	public static final String DEPARTMENT = "user.department";

	public static final String ROLES = "user.roles";

	public static final String OVERSEEN = "user.overseenDepartments";

	public static final String DEPARTMENT_HEAD = "user.departmentHead";

	public static final String PHONE = "user.phone";

	public static final String EMAIL = "user.email";

	public static final String PASSWORD = "user.password";

	private static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

	private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9+()\\- ]{3,30}");

	private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private UserRules() {
	}

	/**
	 * Lower-cases the username (usernames are case-insensitive), trims text, drops
	 * oversight of non-leaders (and the list when a leader oversees all) and the
	 * department head flag of users without a department.
	 */
	public static UserCommand normalize(UserCommand command) {
		boolean leader = command.roles().contains(Role.LEADER);
		boolean all = leader && command.overseesAll();
		Set<Long> overseen = leader && !all ? command.overseenDepartmentIds() : Set.of();
		boolean head = command.departmentHead() && command.roles().contains(Role.DEPT);
		return new UserCommand(trim(command.username()).toLowerCase(Locale.ROOT), trim(command.displayName()),
				command.departmentId(), command.roles(), overseen, Text.blankToNull(command.phone()),
				Text.blankToNull(command.email()), head, all);
	}

	/**
	 * @param usernameTaken whether another account already uses the username
	 * @param departmentExists whether a department id refers to an existing department
	 */
	public static List<FieldError> check(UserCommand command, boolean usernameTaken, Predicate<Long> departmentExists) {
		List<FieldError> errors = new ArrayList<>();
		if (command.username().isEmpty()) {
			errors.add(FieldError.of(USERNAME, "validation.required"));
		}
		else if (!USERNAME_PATTERN.matcher(command.username()).matches()) {
			errors.add(FieldError.of(USERNAME, "validation.user.username-format"));
		}
		else if (usernameTaken) {
			errors.add(FieldError.of(USERNAME, "validation.user.duplicate-username", command.username()));
		}
		if (command.displayName().isEmpty()) {
			errors.add(FieldError.of(DISPLAY_NAME, "validation.required"));
		}
		else if (command.displayName().length() > 64) {
			errors.add(FieldError.of(DISPLAY_NAME, "validation.too-long", 64));
		}
		if (command.roles().isEmpty()) {
			errors.add(FieldError.of(ROLES, "validation.user.role-required"));
		}
		@Nullable Long departmentId = command.departmentId();
		if (departmentId == null && command.roles().contains(Role.DEPT)) {
			errors.add(FieldError.of(DEPARTMENT, "validation.user.department-required"));
		}
		else if (departmentId != null && !departmentExists.test(departmentId)) {
			errors.add(FieldError.of(DEPARTMENT, "validation.user.department-missing"));
		}
		if (command.overseenDepartmentIds().stream().anyMatch(id -> !departmentExists.test(id))) {
			errors.add(FieldError.of(OVERSEEN, "validation.user.department-missing"));
		}
		if (command.phone() != null && !PHONE_PATTERN.matcher(command.phone()).matches()) {
			errors.add(FieldError.of(PHONE, "validation.phone"));
		}
		if (command.email() != null
				&& (command.email().length() > 120 || !EMAIL_PATTERN.matcher(command.email()).matches())) {
			errors.add(FieldError.of(EMAIL, "validation.email"));
		}
		return errors;
	}

	private static String trim(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

}
