package org.anwei.duban.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.importing.ImportColumn;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.importing.ImportRow;
import org.anwei.duban.base.importing.TabularFile;
import org.anwei.duban.base.importing.TabularRow;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.internal.AppUserRepository;
import org.anwei.duban.security.internal.TemporaryPasswords;
import org.anwei.duban.security.internal.UserRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports new user accounts from an Excel or CSV file, naming departments by code.
 * Existing usernames are rejected (accounts are changed in the form, not overwritten by a
 * file). Every imported account gets a one-time password, returned once to the admin, and
 * must change it at first login. All or nothing.
 */
@Service
public class UserImportService {

	public static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required(UserRules.USERNAME, "用户名", "Username"),
			ImportColumn.required(UserRules.DISPLAY_NAME, "姓名", "Name", "Display name"),
			ImportColumn.optional(UserRules.DEPARTMENT, "单位编码", "Department code"),
			ImportColumn.required(UserRules.ROLES, "角色", "Roles"),
			ImportColumn.optional(UserRules.OVERSEEN, "分管单位编码", "Overseen department codes"),
			ImportColumn.optional(UserRules.DEPARTMENT_HEAD, "部门负责人", "Department head"),
			ImportColumn.optional(UserRules.PHONE, "手机", "电话", "Phone"),
			ImportColumn.optional(UserRules.EMAIL, "邮箱", "Email"));

	private static final Set<String> ALL = Set.of("全部", "ALL", "*");

	/** An imported account and its one-time password. */
	public record ImportedUser(int rowNumber, String username, String temporaryPassword) {
	}

	private final AppUserRepository repository;

	private final UserService users;

	private final DepartmentService departments;

	private final Translations translations;

	UserImportService(AppUserRepository repository, UserService users, DepartmentService departments,
			Translations translations) {
		this.repository = repository;
		this.users = users;
		this.departments = departments;
		this.translations = translations;
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional(readOnly = true)
	public ImportPreview<UserCommand> preview(byte[] content) {
		List<TabularRow> rows = TabularFile.read(content, COLUMNS);
		Map<String, Long> departmentIds = new HashMap<>();
		for (DepartmentRef ref : this.departments.directory()) {
			departmentIds.put(ref.code().toLowerCase(Locale.ROOT), ref.id());
		}
		Set<String> existing = new HashSet<>();
		this.repository.findAll().forEach(u -> existing.add(u.getUsername()));
		Map<String, Integer> seen = new HashMap<>();
		List<ImportRow<UserCommand>> result = new ArrayList<>();
		for (TabularRow row : rows) {
			List<FieldError> errors = new ArrayList<>();
			UserCommand command = UserRules
				.normalize(
						new UserCommand(Objects.requireNonNullElse(row.get(UserRules.USERNAME), ""),
								Objects.requireNonNullElse(row.get(UserRules.DISPLAY_NAME), ""),
								departmentId(row.get(UserRules.DEPARTMENT), departmentIds, UserRules.DEPARTMENT,
										errors),
								roles(row.get(UserRules.ROLES), errors),
								overseen(row.get(UserRules.OVERSEEN), departmentIds, errors), row.get(UserRules.PHONE),
								row.get(UserRules.EMAIL), yes(row.get(UserRules.DEPARTMENT_HEAD), errors),
								meansAll(row.get(UserRules.OVERSEEN))));
			Integer earlierRow = seen.putIfAbsent(command.username(), row.rowNumber());
			if (earlierRow != null && !command.username().isEmpty()) {
				errors.add(FieldError.of(UserRules.USERNAME, "validation.import.duplicate-in-file", command.username(),
						earlierRow));
			}
			errors.addAll(UserRules.check(command, existing.contains(command.username()), id -> true));
			result.add(errors.isEmpty() ? new ImportRow<>(row.rowNumber(), row, command, ImportAction.CREATE, List.of())
					: new ImportRow<>(row.rowNumber(), row, null, ImportAction.REJECT, errors));
		}
		return new ImportPreview<>(result);
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional
	public List<ImportedUser> importFile(byte[] content) {
		ImportPreview<UserCommand> preview = preview(content);
		if (!preview.acceptable()) {
			throw new ImportRejectedException(preview);
		}
		List<ImportedUser> imported = new ArrayList<>();
		for (ImportRow<UserCommand> row : preview.rows()) {
			UserCommand command = Objects.requireNonNull(row.value());
			String password = TemporaryPasswords.generate();
			this.users.createAccount(command, password, true);
			imported.add(new ImportedUser(row.rowNumber(), command.username(), password));
		}
		return imported;
	}

	/** 是/否, yes/no, Y/N, true/false or 1/0; empty means no. */
	private static boolean yes(@Nullable String value, List<FieldError> errors) {
		if (value == null) {
			return false;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "是", "yes", "y", "true", "1", "√" -> true;
			case "否", "no", "n", "false", "0", "" -> false;
			default -> {
				errors.add(FieldError.of(UserRules.DEPARTMENT_HEAD, "validation.yes-no", value));
				yield false;
			}
		};
	}

	private static @Nullable Long departmentId(@Nullable String code, Map<String, Long> ids, String field,
			List<FieldError> errors) {
		if (code == null) {
			return null;
		}
		Long id = ids.get(code.toLowerCase(Locale.ROOT));
		if (id == null) {
			errors.add(FieldError.of(field, "validation.department.code-unknown", code));
		}
		return id;
	}

	/** "全部" or "ALL" in the overseen column: the leader oversees every department. */
	private static boolean meansAll(@Nullable String codes) {
		return codes != null && ALL.contains(codes.strip().toUpperCase(Locale.ROOT));
	}

	private Set<Long> overseen(@Nullable String codes, Map<String, Long> ids, List<FieldError> errors) {
		Set<Long> result = new HashSet<>();
		if (meansAll(codes)) {
			return result;
		}
		for (String code : split(codes)) {
			Long id = departmentId(code, ids, UserRules.OVERSEEN, errors);
			if (id != null) {
				result.add(id);
			}
		}
		return result;
	}

	private Set<Role> roles(@Nullable String text, List<FieldError> errors) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : split(text)) {
			Role role = parseRole(name);
			if (role == null) {
				errors.add(FieldError.of(UserRules.ROLES, "validation.user.role-unknown", name));
			}
			else {
				roles.add(role);
			}
		}
		return roles;
	}

	private @Nullable Role parseRole(String text) {
		for (Role role : Role.values()) {
			if (role.name().equalsIgnoreCase(text) || this.translations.getProvidedLocales()
				.stream()
				.anyMatch(locale -> this.translations.translate(locale, role.labelKey()).equalsIgnoreCase(text))) {
				return role;
			}
		}
		return null;
	}

	private static List<String> split(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[;；、,，|/\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
