package org.anwei.duban.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.anwei.duban.base.Text;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.organization.DepartmentCommand;
import org.jspecify.annotations.Nullable;

/**
 * The rules a department must satisfy, checked against a snapshot of all departments'
 * codes, names and aliases. The same rules serve a single form and a 10,000-row import:
 * the import adds each accepted row to the snapshot, so clashes inside the file are found
 * too.
 */
public final class DepartmentRules {

	public static final String CODE = "department.code";

	public static final String NAME = "department.name";

	public static final String SHORT_NAME = "department.shortName";

	public static final String TYPE = "department.type";

	public static final String PARENT = "department.parent";

	public static final String ALIASES = "department.aliases";

	public static final String CONTACT_PERSON = "department.contactPerson";

	public static final String CONTACT_PHONE = "department.contactPhone";

	private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9_.-]+");

	private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9+()\\- ]{3,30}");

	/**
	 * Names in use: lower-cased name or alias → the department that uses it, with that
	 * department's name.
	 */
	private final Map<String, Owner> names = new HashMap<>();

	private final Map<String, Long> codes = new HashMap<>();

	private final Map<Long, @Nullable Long> parents = new HashMap<>();

	private record Owner(long departmentId, String departmentName) {
	}

	/** Registers an existing (or just accepted) department in the snapshot. */
	public void register(long id, String code, String name, Set<String> aliases, @Nullable Long parentId) {
		if (this.parents.containsKey(id)) {
			forget(id);
		}
		this.codes.put(key(code), id);
		this.names.put(key(name), new Owner(id, name));
		aliases.forEach(alias -> this.names.put(key(alias), new Owner(id, name)));
		this.parents.put(id, parentId);
	}

	private void forget(long id) {
		this.codes.values().removeIf(v -> v == id);
		this.names.values().removeIf(owner -> owner.departmentId() == id);
	}

	public boolean hasCode(String code) {
		return this.codes.containsKey(key(code));
	}

	public @Nullable Long idOfCode(String code) {
		return this.codes.get(key(code));
	}

	/**
	 * Trims text and drops empty aliases and aliases equal to the name, keeping the
	 * user's order.
	 */
	public static DepartmentCommand normalize(DepartmentCommand command) {
		String name = trim(command.name());
		Set<String> aliases = new LinkedHashSet<>();
		for (String alias : command.aliases()) {
			String trimmed = trim(alias);
			if (!trimmed.isEmpty() && !trimmed.equals(name)) {
				aliases.add(trimmed);
			}
		}
		return new DepartmentCommand(trim(command.code()), name, Text.blankToNull(command.shortName()), command.type(),
				command.parentId(), List.copyOf(aliases), Text.blankToNull(command.contactPerson()),
				Text.blankToNull(command.contactPhone()));
	}

	/**
	 * Checks a normalized command for the department {@code selfId} (null when creating).
	 * @param parentExists whether a department with the command's parent id exists
	 */
	public List<FieldError> check(DepartmentCommand command, @Nullable Long selfId, boolean parentExists) {
		List<FieldError> errors = new ArrayList<>();
		checkCode(command.code(), selfId, errors);
		checkText(command.name(), NAME, 100, true, errors);
		clash(command.name(), NAME, selfId, errors);
		checkText(command.shortName(), SHORT_NAME, 50, false, errors);
		if (command.type() == null) {
			errors.add(FieldError.of(TYPE, "validation.required"));
		}
		for (String alias : command.aliases()) {
			if (alias.length() > 100) {
				errors.add(FieldError.of(ALIASES, "validation.alias-too-long", alias, 100));
			}
			clash(alias, ALIASES, selfId, errors);
		}
		checkParent(command.parentId(), selfId, parentExists, errors);
		checkText(command.contactPerson(), CONTACT_PERSON, 50, false, errors);
		if (command.contactPhone() != null && !PHONE_PATTERN.matcher(command.contactPhone()).matches()) {
			errors.add(FieldError.of(CONTACT_PHONE, "validation.phone"));
		}
		return errors;
	}

	private void checkCode(String code, @Nullable Long selfId, List<FieldError> errors) {
		if (code.isEmpty()) {
			errors.add(FieldError.of(CODE, "validation.required"));
		}
		else if (code.length() > 32) {
			errors.add(FieldError.of(CODE, "validation.too-long", 32));
		}
		else if (!CODE_PATTERN.matcher(code).matches()) {
			errors.add(FieldError.of(CODE, "validation.code-format"));
		}
		else {
			Long owner = this.codes.get(key(code));
			if (owner != null && !owner.equals(selfId)) {
				errors.add(FieldError.of(CODE, "validation.department.duplicate-code", code));
			}
		}
	}

	private void clash(@Nullable String name, String field, @Nullable Long selfId, List<FieldError> errors) {
		if (name == null || name.isEmpty()) {
			return;
		}
		Owner owner = this.names.get(key(name));
		if (owner != null && !Objects.equals(owner.departmentId(), selfId)) {
			errors.add(FieldError.of(field, "validation.department.name-in-use", name, owner.departmentName()));
		}
	}

	private void checkParent(@Nullable Long parentId, @Nullable Long selfId, boolean parentExists,
			List<FieldError> errors) {
		if (parentId == null) {
			return;
		}
		if (!parentExists) {
			errors.add(FieldError.of(PARENT, "validation.department.parent-missing"));
			return;
		}
		// Walk up from the new parent: reaching this department again would make a cycle.
		Long cursor = parentId;
		Set<Long> seen = new java.util.HashSet<>();
		while (cursor != null && seen.add(cursor)) {
			if (cursor.equals(selfId)) {
				errors.add(FieldError.of(PARENT, "validation.department.parent-cycle"));
				return;
			}
			cursor = this.parents.get(cursor);
		}
	}

	static void checkText(@Nullable String value, String field, int max, boolean required, List<FieldError> errors) {
		if (value == null || value.isEmpty()) {
			if (required) {
				errors.add(FieldError.of(field, "validation.required"));
			}
		}
		else if (value.length() > max) {
			errors.add(FieldError.of(field, "validation.too-long", max));
		}
	}

	private static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	private static String trim(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

}
