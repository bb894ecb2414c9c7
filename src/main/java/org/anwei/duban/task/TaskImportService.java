package org.anwei.duban.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.importing.ImportAction;
import org.anwei.duban.base.importing.ImportColumn;
import org.anwei.duban.base.importing.ImportPreview;
import org.anwei.duban.base.importing.ImportRejectedException;
import org.anwei.duban.base.importing.ImportRow;
import org.anwei.duban.base.importing.TabularFile;
import org.anwei.duban.base.importing.TabularRow;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.DirectiveCategory;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks in bulk from an Excel ledger (.xlsx/.xls) or CSV: one task per row, departments
 * by code, name, short name or alias. The preview names each row's errors; the file is
 * imported only when every row is valid, all rows in one transaction.
 */
@Service
public class TaskImportService {

	public static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("task.title", "任务名称", "Title"),
			ImportColumn.required("task.content", "任务内容", "Content"),
			ImportColumn.required("task.lead", "牵头单位", "Lead department"),
			ImportColumn.optional("task.assisting", "配合单位", "Assisting departments"),
			ImportColumn.required("task.deadline", "完成时限", "Deadline"),
			ImportColumn.optional("task.urgency", "紧急程度", "Urgency"),
			ImportColumn.optional("task.category", "类别", "Category"));

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
			DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("M/d/yy"));

	private final TaskService tasks;

	private final TaskRules rules;

	private final DepartmentService departments;

	TaskImportService(TaskService tasks, TaskRules rules, DepartmentService departments) {
		this.tasks = tasks;
		this.rules = rules;
		this.departments = departments;
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional(readOnly = true)
	public ImportPreview<TaskCommand> preview(byte[] content) {
		Map<String, Long> byName = departmentNames();
		List<ImportRow<TaskCommand>> rows = new ArrayList<>();
		for (TabularRow row : TabularFile.read(content, COLUMNS)) {
			List<FieldError> errors = new ArrayList<>();
			Long lead = department(row.get("task.lead"), byName, "task.lead", errors);
			Set<Long> assisting = new HashSet<>();
			for (String name : split(row.get("task.assisting"))) {
				Long id = department(name, byName, "task.assisting", errors);
				if (id != null) {
					assisting.add(id);
				}
			}
			TaskCommand command = new TaskCommand(Objects.requireNonNullElse(row.get("task.title"), ""),
					Objects.requireNonNullElse(row.get("task.content"), ""), category(row.get("task.category"), errors),
					urgency(row.get("task.urgency"), errors), lead, assisting, date(row.get("task.deadline"), errors));
			errors.addAll(this.rules.check(command));
			rows.add(errors.isEmpty() ? new ImportRow<>(row.rowNumber(), row, command, ImportAction.CREATE, List.of())
					: new ImportRow<>(row.rowNumber(), row, null, ImportAction.REJECT, dedupe(errors)));
		}
		return new ImportPreview<>(rows);
	}

	/** Issues every row as a task, or nothing when any row is wrong. */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public List<Long> importFile(byte[] content) {
		ImportPreview<TaskCommand> preview = preview(content);
		if (!preview.acceptable()) {
			throw new ImportRejectedException(preview);
		}
		return preview.rows()
			.stream()
			.map(row -> this.tasks.issue(this.rules.draft(Objects.requireNonNull(row.value())), null))
			.toList();
	}

	private Map<String, Long> departmentNames() {
		Map<String, Long> names = new HashMap<>();
		for (DepartmentRef ref : this.departments.directory()) {
			if (!ref.active()) {
				continue;
			}
			names.put(ref.code().toLowerCase(Locale.ROOT), ref.id());
			names.put(ref.name(), ref.id());
			if (ref.shortName() != null) {
				names.putIfAbsent(ref.shortName(), ref.id());
			}
			ref.aliases().forEach(alias -> names.putIfAbsent(alias, ref.id()));
		}
		return names;
	}

	private static @Nullable Long department(@Nullable String name, Map<String, Long> byName, String field,
			List<FieldError> errors) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Long id = byName.getOrDefault(name.strip(), byName.get(name.strip().toLowerCase(Locale.ROOT)));
		if (id == null) {
			errors.add(FieldError.of(field, "validation.task.department-unknown", name.strip()));
		}
		return id;
	}

	private static @Nullable LocalDate date(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text.strip(), format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		errors.add(FieldError.of("task.deadline", "validation.task.date", text.strip()));
		return null;
	}

	private static @Nullable Urgency urgency(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return Urgency.NORMAL;
		}
		return switch (text.strip()) {
			case "特急", "URGENT", "Urgent" -> Urgency.URGENT;
			case "加急", "EXPEDITED", "Expedited" -> Urgency.EXPEDITED;
			case "普通", "NORMAL", "Normal" -> Urgency.NORMAL;
			default -> {
				errors.add(FieldError.of("task.urgency", "validation.task.urgency-unknown", text.strip()));
				yield null;
			}
		};
	}

	private static @Nullable DirectiveCategory category(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return DirectiveCategory.GENERAL;
		}
		return DirectiveCategory.fromChineseName(text.strip()).orElseGet(() -> {
			errors.add(FieldError.of("task.category", "validation.task.category-unknown", text.strip()));
			return null;
		});
	}

	private static List<String> split(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.split("[、,，;；\\s]+")).stream().filter(s -> !s.isBlank()).toList();
	}

	/** A missing lead is reported once, not also as "required" by the task rules. */
	private static List<FieldError> dedupe(List<FieldError> errors) {
		List<FieldError> result = new ArrayList<>();
		Set<String> fields = new HashSet<>();
		for (FieldError error : errors) {
			if (fields.add(error.field() + "|" + error.messageKey())
					&& !(error.messageKey().equals("validation.required")
							&& errors.stream().anyMatch(e -> e.field().equals(error.field()) && e != error))) {
				result.add(error);
			}
		}
		return result;
	}

}
