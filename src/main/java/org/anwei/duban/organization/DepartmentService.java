package org.anwei.duban.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.anwei.duban.base.Text;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.organization.internal.Department;
import org.anwei.duban.organization.internal.DepartmentRepository;
import org.anwei.duban.organization.internal.DepartmentRules;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments: list, read, create, change, deactivate.
 *
 * <p>
 * Rules: codes are unique; a name or alias belongs to one department only (so text
 * mentioning it maps to exactly one unit); a department cannot be its own ancestor; a
 * department with open work (active sub-units, enabled accounts, open tasks …) cannot be
 * deactivated. Liaisons (DEPT) may read only their own department's details; everyone
 * signed in may read the directory of names.
 */
@Service
public class DepartmentService {

	static final String ENTITY = "DEPARTMENT";

	private final DepartmentRepository repository;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final List<DepartmentOpenWork> openWork;

	private final Clock clock;

	DepartmentService(DepartmentRepository repository, AuditTrail auditTrail, CurrentUser currentUser,
			List<DepartmentOpenWork> openWork, Clock clock) {
		this.repository = repository;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.openWork = openWork;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "','" + Roles.STAFF + "','" + Roles.LEADER + "')")
	@Transactional(readOnly = true)
	public List<DepartmentListItem> list(DepartmentFilter filter, Pageable pageable) {
		List<DepartmentListItem> page = this.repository.findListItems(Text.containsPattern(filter.text()),
				filter.type(), filter.activeOnly(), pageable);
		if (page.isEmpty()) {
			return page;
		}
		Map<Long, List<String>> aliases = groupAliases(
				this.repository.aliasesOf(page.stream().map(DepartmentListItem::id).toList()));
		return page.stream().map(item -> item.withAliases(aliases.getOrDefault(item.id(), List.of()))).toList();
	}

	@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "','" + Roles.STAFF + "','" + Roles.LEADER + "')")
	@Transactional(readOnly = true)
	public long count(DepartmentFilter filter) {
		return this.repository.countListItems(Text.containsPattern(filter.text()), filter.type(), filter.activeOnly());
	}

	/**
	 * A department's details; a liaison gets only their own department, any other id is
	 * "not found".
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public DepartmentDetails get(long id) {
		if (!this.currentUser.mayRead(id)) {
			throw new NotFoundException("entity.department", id);
		}
		Department department = load(id);
		String parentName = Optional.ofNullable(department.getParentId())
			.flatMap(this.repository::findById)
			.map(Department::getName)
			.orElse(null);
		return toDetails(department, parentName);
	}

	/**
	 * Names, codes and aliases of all departments: what forms, pickers and text
	 * recognition need.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<DepartmentRef> directory() {
		Map<Long, List<String>> aliases = groupAliases(this.repository.allAliases());
		return this.repository.findAll()
			.stream()
			.map(d -> new DepartmentRef(id(d), d.getCode(), d.getName(), d.getShortName(), d.getType(), d.isActive(),
					aliases.getOrDefault(id(d), List.of())))
			.sorted(java.util.Comparator.comparing(DepartmentRef::code))
			.toList();
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional
	public DepartmentDetails create(DepartmentCommand command) {
		DepartmentCommand normalized = DepartmentRules.normalize(command);
		ValidationException.throwIfAny(rules().check(normalized, null, parentExists(normalized.parentId())));
		Department department = this.repository.saveAndFlush(new Department(normalized, now()));
		this.auditTrail.recordChange(ENTITY, id(department), "CREATED", department.getName(),
				FieldChange.between(null, department.snapshot()));
		return get(id(department));
	}

	/**
	 * Changes a department. {@code expectedVersion} is the version the user's form was
	 * loaded with: if someone saved in between, nothing is written and a
	 * {@link ConcurrentEditException} tells the user to reload.
	 */
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional
	public DepartmentDetails update(long id, long expectedVersion, DepartmentCommand command) {
		Department department = loadForChange(id, expectedVersion);
		DepartmentCommand normalized = DepartmentRules.normalize(command);
		ValidationException.throwIfAny(rules().check(normalized, id, parentExists(normalized.parentId())));
		Map<String, Object> before = department.snapshot();
		department.apply(normalized, now());
		OptimisticLocking.flush(this.repository, "entity.department", id);
		List<FieldChange> changes = FieldChange.between(before, department.snapshot());
		if (!changes.isEmpty()) {
			this.auditTrail.recordChange(ENTITY, id, "UPDATED", department.getName(), changes);
		}
		return get(id);
	}

	/**
	 * Deactivates a department that has no open work; it stays in history and can be
	 * reactivated.
	 */
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional
	public DepartmentDetails deactivate(long id, long expectedVersion) {
		Department department = loadForChange(id, expectedVersion);
		List<FieldError> blockers = new ArrayList<>();
		long children = this.repository.countActiveChildren(id);
		if (children > 0) {
			blockers.add(FieldError.of("department.active", "validation.department.active-children", children));
		}
		for (DepartmentOpenWork work : this.openWork) {
			long open = work.countOpenItems(id);
			if (open > 0) {
				blockers.add(FieldError.of("department.active", work.messageKey(), open));
			}
		}
		ValidationException.throwIfAny(blockers);
		return setActive(department, false);
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional
	public DepartmentDetails reactivate(long id, long expectedVersion) {
		return setActive(loadForChange(id, expectedVersion), true);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.repository.findAllById(ids).forEach(d -> names.put(id(d), d.getName()));
		return names;
	}

	private DepartmentDetails setActive(Department department, boolean active) {
		Map<String, Object> before = department.snapshot();
		department.setActive(active, now());
		OptimisticLocking.flush(this.repository, "entity.department", id(department));
		this.auditTrail.recordChange(ENTITY, id(department), active ? "REACTIVATED" : "DEACTIVATED",
				department.getName(), FieldChange.between(before, department.snapshot()));
		return get(id(department));
	}

	DepartmentRules rules() {
		DepartmentRules rules = new DepartmentRules();
		Map<Long, List<String>> aliases = groupAliases(this.repository.allAliases());
		for (Department d : this.repository.findAll()) {
			rules.register(id(d), d.getCode(), d.getName(),
					new java.util.HashSet<>(aliases.getOrDefault(id(d), List.of())), d.getParentId());
		}
		return rules;
	}

	private boolean parentExists(@Nullable Long parentId) {
		return parentId != null && this.repository.existsById(parentId);
	}

	private Department load(long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("entity.department", id));
	}

	private Department loadForChange(long id, long expectedVersion) {
		Department department = load(id);
		if (department.getVersion() != expectedVersion) {
			throw new ConcurrentEditException("entity.department", id);
		}
		return department;
	}

	static DepartmentDetails toDetails(Department d, @Nullable String parentName) {
		return new DepartmentDetails(id(d), d.getVersion(), d.getCode(), d.getName(), d.getShortName(), d.getType(),
				d.getParentId(), parentName, d.getAliases().stream().sorted().toList(), d.getContactPerson(),
				d.getContactPhone(), d.isActive());
	}

	static Map<Long, List<String>> groupAliases(List<Object[]> pairs) {
		Map<Long, List<String>> result = new HashMap<>();
		for (Object[] pair : pairs) {
			result.computeIfAbsent((Long) pair[0], k -> new ArrayList<>()).add((String) pair[1]);
		}
		return result;
	}

	private static long id(Department department) {
		return java.util.Objects.requireNonNull(department.getId());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
