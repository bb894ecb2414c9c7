package org.anwei.duban.accountability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.anwei.duban.evidence.Evidence;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.accountability.internal.AccountabilityRecord;
import org.anwei.duban.accountability.internal.AccountabilityRepository;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.task.TaskQueries;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountability register (问责台账). Staff record 约谈, 通报批评, 问责 and 表扬 with the
 * department, the persons, who decided, linked tasks and an optional document. Everyone
 * reads within their scope — a liaison their department's record, a leader the record of
 * the departments they oversee — and can export it to Excel.
 */
@Service
public class AccountabilityService {

	static final String ENTITY = "ACCOUNTABILITY";

	/** Everyone who works with tasks reads the register, each within their scope. */
	static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "','" + Roles.DEPT + "')";

	private final AccountabilityRepository records;

	private final TaskQueries tasks;

	private final HazardQueries hazardQueries;

	private final DepartmentService departments;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	AccountabilityService(AccountabilityRepository records, TaskQueries tasks, HazardQueries hazardQueries,
			DepartmentService departments, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
		this.records = records;
		this.tasks = tasks;
		this.hazardQueries = hazardQueries;
		this.departments = departments;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public AccountabilityItem record(AccountabilityCommand command) {
		List<FieldError> errors = check(command);
		Evidence.Checked document = null;
		if (command.document() != null) {
			try {
				document = Evidence.check(command.document(), "task.attachments");
			}
			catch (ValidationException ex) {
				errors.addAll(ex.errors());
			}
		}
		Map<String, Long> hazards = this.hazardQueries.idsOfNumbers(command.hazardNumbers());
		if (hazards.size() != command.hazardNumbers().size()) {
			errors.add(FieldError.of("accountability.hazards", "validation.accountability.unknown-hazard",
					command.hazardNumbers()
						.stream()
						.filter(n -> !hazards.containsKey(n))
						.sorted()
						.collect(Collectors.joining("、"))));
		}
		ValidationException.throwIfAny(errors);
		AccountabilityRecord record = new AccountabilityRecord(Objects.requireNonNull(command.kind()),
				Objects.requireNonNull(command.date()), Objects.requireNonNull(command.departmentId()),
				command.persons().strip(), command.summary().strip(), command.decidedBy().strip(), command.taskIds(),
				hazards, this.currentUser.require().getUsername(), this.clock.instant());
		if (document != null) {
			record.attach(document.filename(), document.contentType(), document.sha256(), document.content());
		}
		this.records.saveAndFlush(record);
		long id = Objects.requireNonNull(record.getId());
		this.auditTrail.recordChange(ENTITY, id, "RECORDED", record.getKind().name() + " " + record.getPersons(),
				List.of(new FieldChange("departmentId", null, String.valueOf(record.getDepartmentId())),
						new FieldChange("summary", null, record.getSummary())));
		return toItem(record, names(List.of(record)));
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<AccountabilityItem> list(AccountabilityFilter filter, Pageable pageable) {
		Pageable sorted = pageable.getSort().isSorted() ? pageable
				: org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						Sort.by("date").descending().and(Sort.by("id").descending()));
		List<AccountabilityRecord> found = this.records.findAll(spec(filter), sorted).getContent();
		Map<Long, String> names = names(found);
		return found.stream().map(r -> toItem(r, names)).toList();
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public long count(AccountabilityFilter filter) {
		return this.records.count(spec(filter));
	}

	/**
	 * Accountability actions (not commendations) decided in the period per department,
	 * within the caller's scope: the dashboard's figure, counted in the database.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public Map<Long, Long> actionsByDepartment(LocalDate from, LocalDate to) {
		Set<Long> visible = this.currentUser.visibleDepartmentIds();
		Map<Long, Long> result = new java.util.HashMap<>();
		for (Object[] row : this.records.countActionsByDepartment(from, to, AccountabilityKind.COMMENDATION)) {
			long department = ((Number) row[0]).longValue();
			if (visible == null || visible.contains(department)) {
				result.put(department, ((Number) row[1]).longValue());
			}
		}
		return result;
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public byte[] document(long id) {
		AccountabilityRecord record = this.records.findById(id)
			.filter(this::visible)
			.orElseThrow(() -> new NotFoundException("entity.accountability", id));
		byte[] content = record.getDocument();
		if (content == null) {
			throw new NotFoundException("entity.accountability", id);
		}
		return content;
	}

	/** The register within the caller's scope and the filter, as an Excel workbook. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public byte[] export(AccountabilityFilter filter, Map<String, String> headers) {
		List<AccountabilityRecord> found = this.records.findAll(spec(filter), Sort.by("date", "id"));
		Map<Long, String> names = names(found);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("问责台账");
			Row head = sheet.createRow(0);
			List<String> columns = List.of("date", "kind", "department", "persons", "summary", "decidedBy", "tasks",
					"hazards");
			for (int c = 0; c < columns.size(); c++) {
				head.createCell(c).setCellValue(headers.getOrDefault(columns.get(c), columns.get(c)));
			}
			int r = 1;
			for (AccountabilityRecord record : found) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(record.getDate().toString());
				row.createCell(1)
					.setCellValue(headers.getOrDefault(record.getKind().labelKey(), record.getKind().name()));
				row.createCell(2).setCellValue(names.getOrDefault(record.getDepartmentId(), ""));
				row.createCell(3).setCellValue(record.getPersons());
				row.createCell(4).setCellValue(record.getSummary());
				row.createCell(5).setCellValue(record.getDecidedBy());
				row.createCell(6)
					.setCellValue(record.getTaskIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
				row.createCell(7).setCellValue(String.join(",", new java.util.TreeSet<>(record.getHazards().keySet())));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<FieldError> check(AccountabilityCommand command) {
		List<FieldError> errors = new ArrayList<>();
		if (command.kind() == null) {
			errors.add(FieldError.of("accountability.kind", "validation.required"));
		}
		if (command.date() == null) {
			errors.add(FieldError.of("accountability.date", "validation.required"));
		}
		Set<Long> active = this.departments.directory()
			.stream()
			.filter(DepartmentRef::active)
			.map(DepartmentRef::id)
			.collect(Collectors.toSet());
		if (command.departmentId() == null) {
			errors.add(FieldError.of("accountability.department", "validation.required"));
		}
		else if (!active.contains(command.departmentId())) {
			errors.add(FieldError.of("accountability.department", "validation.directive.department-inactive"));
		}
		required(errors, "accountability.persons", command.persons(), 500);
		required(errors, "accountability.summary", command.summary(), 2000);
		required(errors, "accountability.decidedBy", command.decidedBy(), 100);
		if (!command.taskIds().isEmpty() && this.tasks.countVisible(command.taskIds()) != command.taskIds().size()) {
			errors.add(FieldError.of("accountability.tasks", "validation.accountability.unknown-task"));
		}
		return errors;
	}

	private static void required(List<FieldError> errors, String field, String value, int max) {
		if (value.isBlank()) {
			errors.add(FieldError.of(field, "validation.required"));
		}
		else if (value.strip().length() > max) {
			errors.add(FieldError.of(field, "validation.too-long", max));
		}
	}

	private Specification<AccountabilityRecord> spec(AccountabilityFilter filter) {
		Set<Long> visible = this.currentUser.visibleDepartmentIds();
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (visible != null) {
				where.add(visible.isEmpty() ? cb.disjunction() : root.get("departmentId").in(visible));
			}
			if (filter.departmentId() != null) {
				where.add(cb.equal(root.get("departmentId"), filter.departmentId()));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.actionsOnly()) {
				where.add(cb.notEqual(root.get("kind"), AccountabilityKind.COMMENDATION));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("date"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("date"), filter.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private boolean visible(AccountabilityRecord record) {
		Set<Long> visible = this.currentUser.visibleDepartmentIds();
		return visible == null || visible.contains(record.getDepartmentId());
	}

	private Map<Long, String> names(List<AccountabilityRecord> found) {
		Set<Long> ids = new HashSet<>();
		found.forEach(r -> ids.add(r.getDepartmentId()));
		return ids.isEmpty() ? Map.of() : this.departments.namesOf(ids);
	}

	private static AccountabilityItem toItem(AccountabilityRecord r, Map<Long, String> names) {
		return new AccountabilityItem(Objects.requireNonNull(r.getId()), r.getKind(), r.getDate(), r.getDepartmentId(),
				names.getOrDefault(r.getDepartmentId(), ""), r.getPersons(), r.getSummary(), r.getDecidedBy(),
				r.getTaskIds().stream().sorted().toList(), r.getHazards().keySet().stream().sorted().toList(),
				r.getDocumentName());
	}

}
