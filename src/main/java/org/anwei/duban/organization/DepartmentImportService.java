package org.anwei.duban.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.importing.ImportColumn;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.importing.ImportRow;
import org.anwei.duban.base.importing.TabularFile;
import org.anwei.duban.base.importing.TabularRow;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.organization.internal.Department;
import org.anwei.duban.organization.internal.DepartmentRepository;
import org.anwei.duban.organization.internal.DepartmentRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports departments from an Excel or CSV file. A row whose code exists updates that
 * department; any other row creates one. Parents may be named by code, also of rows
 * further down the same file. The file is checked as a whole first; if any row is wrong
 * nothing is saved.
 */
@Service
public class DepartmentImportService {

	public static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required(DepartmentRules.CODE, "编码", "单位编码", "Code"),
			ImportColumn.required(DepartmentRules.NAME, "全称", "单位名称", "名称", "Name"),
			ImportColumn.optional(DepartmentRules.SHORT_NAME, "简称", "Short name"),
			ImportColumn.optional(DepartmentRules.ALIASES, "别名", "曾用名", "Aliases"),
			ImportColumn.required(DepartmentRules.TYPE, "类型", "单位类型", "Type"),
			ImportColumn.optional(DepartmentRules.PARENT, "上级编码", "上级单位编码", "Parent code"),
			ImportColumn.optional(DepartmentRules.CONTACT_PERSON, "联系人", "Contact person"),
			ImportColumn.optional(DepartmentRules.CONTACT_PHONE, "联系电话", "Contact phone"));

	private final DepartmentRepository repository;

	private final DepartmentService departments;

	private final AuditTrail auditTrail;

	private final Translations translations;

	private final Clock clock;

	DepartmentImportService(DepartmentRepository repository, DepartmentService departments, AuditTrail auditTrail,
			Translations translations, Clock clock) {
		this.repository = repository;
		this.departments = departments;
		this.auditTrail = auditTrail;
		this.translations = translations;
		this.clock = clock;
	}

	/** Checks a file and says what importing it would do, row by row. Saves nothing. */
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional(readOnly = true)
	public ImportPreview<DepartmentCommand> preview(byte[] content) {
		List<TabularRow> rows = TabularFile.read(content, COLUMNS);
		DepartmentRules rules = this.departments.rules();
		Map<String, Long> placeholderIds = new HashMap<>();
		for (TabularRow row : rows) {
			String code = row.get(DepartmentRules.CODE);
			if (code != null && !rules.hasCode(code)) {
				placeholderIds.putIfAbsent(code.toLowerCase(java.util.Locale.ROOT), -(long) row.rowNumber());
			}
		}
		Map<Long, String> codeOwners = new HashMap<>();
		List<ImportRow<DepartmentCommand>> result = new ArrayList<>();
		for (TabularRow row : rows) {
			result.add(checkRow(row, rules, placeholderIds, codeOwners));
		}
		return new ImportPreview<>(result);
	}

	/**
	 * Imports a file in one transaction, or throws {@link ImportRejectedException} and
	 * saves nothing.
	 */
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional
	public ImportPreview<DepartmentCommand> importFile(byte[] content) {
		ImportPreview<DepartmentCommand> preview = preview(content);
		if (!preview.acceptable()) {
			throw new ImportRejectedException(preview);
		}
		Map<String, Department> byCode = this.repository.findAll()
			.stream()
			.collect(Collectors.toMap(d -> key(d.getCode()), Function.identity()));
		Map<Department, String> pendingParents = new HashMap<>();
		Map<Department, @Nullable Map<String, Object>> before = new java.util.LinkedHashMap<>();
		for (ImportRow<DepartmentCommand> row : preview.rows()) {
			DepartmentCommand command = Objects.requireNonNull(row.value());
			String parentCode = row.source().get(DepartmentRules.PARENT);
			DepartmentCommand withoutPendingParent = command.parentId() != null && command.parentId() < 0
					? withParent(command, null) : command;
			Department department = byCode.get(key(command.code()));
			if (department == null) {
				department = new Department(withoutPendingParent, this.clock.instant());
				byCode.put(key(command.code()), department);
				before.put(department, null);
			}
			else {
				before.put(department, department.snapshot());
				department.apply(withoutPendingParent, this.clock.instant());
			}
			if (parentCode != null && command.parentId() != null && command.parentId() < 0) {
				pendingParents.put(department, parentCode);
			}
		}
		this.repository.saveAll(before.keySet());
		this.repository.flush();
		pendingParents.forEach((department, parentCode) -> department
			.apply(withParent(commandOf(department), byCode.get(key(parentCode)).getId()), this.clock.instant()));
		this.repository.flush();
		before.forEach((department, snapshot) -> this.auditTrail.recordChange(DepartmentService.ENTITY,
				Objects.requireNonNull(department.getId()), snapshot == null ? "IMPORTED" : "UPDATED_BY_IMPORT",
				department.getName(), FieldChange.between(snapshot, department.snapshot())));
		return preview;
	}

	private ImportRow<DepartmentCommand> checkRow(TabularRow row, DepartmentRules rules,
			Map<String, Long> placeholderIds, Map<Long, String> codeOwners) {
		List<FieldError> errors = new ArrayList<>();
		DepartmentType type = parseType(row.get(DepartmentRules.TYPE), errors);
		String parentCode = row.get(DepartmentRules.PARENT);
		Long parentId = null;
		if (parentCode != null) {
			parentId = rules.idOfCode(parentCode);
			if (parentId == null) {
				parentId = placeholderIds.get(parentCode.toLowerCase(java.util.Locale.ROOT));
			}
			if (parentId == null) {
				errors.add(
						FieldError.of(DepartmentRules.PARENT, "validation.department.parent-code-unknown", parentCode));
			}
		}
		DepartmentCommand command = DepartmentRules
			.normalize(new DepartmentCommand(Objects.requireNonNullElse(row.get(DepartmentRules.CODE), ""),
					Objects.requireNonNullElse(row.get(DepartmentRules.NAME), ""), row.get(DepartmentRules.SHORT_NAME),
					type, parentId, splitAliases(row.get(DepartmentRules.ALIASES)),
					row.get(DepartmentRules.CONTACT_PERSON), row.get(DepartmentRules.CONTACT_PHONE)));
		Long existingId = rules.idOfCode(command.code());
		boolean update = existingId != null && existingId > 0;
		long selfId = update ? existingId : -(long) row.rowNumber();
		if (!update && existingId != null && existingId != selfId) {
			errors.add(FieldError.of(DepartmentRules.CODE, "validation.import.duplicate-in-file", command.code(),
					codeOwners.getOrDefault(existingId, "?")));
		}
		else {
			// A cell that could not be read already has its error; do not add "required"
			// on top of it.
			rules.check(command, selfId, parentId != null)
				.stream()
				.filter(error -> errors.stream().noneMatch(e -> e.field().equals(error.field())))
				.forEach(errors::add);
		}
		if (!errors.isEmpty()) {
			return new ImportRow<>(row.rowNumber(), row, null, ImportAction.REJECT, errors);
		}
		rules.register(selfId, command.code(), command.name(), new HashSet<>(command.aliases()), parentId);
		codeOwners.put(selfId, String.valueOf(row.rowNumber()));
		return new ImportRow<>(row.rowNumber(), row, command, update ? ImportAction.UPDATE : ImportAction.CREATE,
				List.of());
	}

	private @Nullable DepartmentType parseType(@Nullable String text, List<FieldError> errors) {
		if (text == null) {
			errors.add(FieldError.of(DepartmentRules.TYPE, "validation.required"));
			return null;
		}
		for (DepartmentType type : DepartmentType.values()) {
			if (type.name().equalsIgnoreCase(text) || this.translations.getProvidedLocales()
				.stream()
				.anyMatch(locale -> this.translations.translate(locale, type.labelKey()).equalsIgnoreCase(text))) {
				return type;
			}
		}
		if ("成员单位".equals(text)) {
			return DepartmentType.COMMITTEE_MEMBER;
		}
		errors.add(FieldError.of(DepartmentRules.TYPE, "validation.department.type-unknown", text));
		return null;
	}

	static List<String> splitAliases(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[;；、,，|/\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static DepartmentCommand commandOf(Department d) {
		return new DepartmentCommand(d.getCode(), d.getName(), d.getShortName(), d.getType(), d.getParentId(),
				List.copyOf(d.getAliases()), d.getContactPerson(), d.getContactPhone());
	}

	private static DepartmentCommand withParent(DepartmentCommand c, @Nullable Long parentId) {
		return new DepartmentCommand(c.code(), c.name(), c.shortName(), c.type(), parentId, c.aliases(),
				c.contactPerson(), c.contactPhone());
	}

	private static String key(String code) {
		return code.toLowerCase(java.util.Locale.ROOT);
	}

}
