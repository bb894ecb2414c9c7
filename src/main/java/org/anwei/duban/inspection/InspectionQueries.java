package org.anwei.duban.inspection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.hazard.HazardListItem;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.inspection.internal.Inspection;
import org.anwei.duban.inspection.internal.InspectionFinding;
import org.anwei.duban.inspection.internal.InspectionFindingRepository;
import org.anwei.duban.inspection.internal.InspectionRepository;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading inspections within the caller's scope (see {@link InspectionScope}): pages of
 * the list with site and finding counts from the database, one inspection with its
 * findings and their hazards' and tasks' current state, and the month's unannounced
 * visits with their per-department and per-district counts.
 */
@Service
public class InspectionQueries {

	static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "','" + Roles.DEPT + "')";

	private final InspectionRepository inspections;

	private final InspectionFindingRepository findings;

	private final DepartmentService departments;

	private final HazardQueries hazards;

	private final TaskQueries tasks;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	InspectionQueries(InspectionRepository inspections, InspectionFindingRepository findings,
			DepartmentService departments, HazardQueries hazards, TaskQueries tasks, AuditTrail auditTrail,
			CurrentUser currentUser) {
		this.inspections = inspections;
		this.findings = findings;
		this.departments = departments;
		this.hazards = hazards;
		this.tasks = tasks;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
	}

	/** A page of the list, newest first. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<InspectionListItem> list(InspectionFilter filter, Pageable pageable) {
		InspectionScope scope = InspectionScope.of(this.currentUser);
		return this.inspections.page(like(filter.text()), filter.kind(), filter.from(), filter.to(), scope.all(),
				scope.departments(), pageable);
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public long count(InspectionFilter filter) {
		InspectionScope scope = InspectionScope.of(this.currentUser);
		return this.inspections.count(like(filter.text()), filter.kind(), filter.from(), filter.to(), scope.all(),
				scope.departments());
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public InspectionDetails get(long id) {
		Inspection inspection = this.inspections.findById(id)
			.orElseThrow(() -> new NotFoundException("entity.inspection", id));
		List<InspectionFinding> found = this.findings.findByInspectionIdOrderById(id);
		Set<Long> findingDepartments = found.stream()
			.map(InspectionFinding::getDepartmentId)
			.collect(Collectors.toSet());
		if (!InspectionScope.of(this.currentUser).includes(inspection.getDepartmentIds(), findingDepartments)) {
			throw new NotFoundException("entity.inspection", id);
		}
		Set<Long> named = new HashSet<>(inspection.getDepartmentIds());
		named.addAll(findingDepartments);
		Map<Long, String> names = this.departments.namesOf(named);
		Map<Long, String> team = new TreeMap<>();
		inspection.getDepartmentIds().forEach(d -> team.put(d, names.getOrDefault(d, "")));
		return new InspectionDetails(id, inspection.getVersion(), inspection.getInspectedOn(), inspection.getKind(),
				inspection.getTitle(), inspection.getTeamLeader(), Objects.toString(inspection.getTeamMembers(), ""),
				team, inspection.getDistrict(), inspection.getSites(), Objects.toString(inspection.getNotes(), ""),
				inspection.getCreatedBy(), inspection.getCreatedAt(), items(found, names));
	}

	/** Every recorded change of an inspection the caller may see, newest first. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long id) {
		get(id);
		return this.auditTrail.history(InspectionService.ENTITY, id);
	}

	/** What the month's unannounced visits found, within the caller's scope. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public UnannouncedMonth unannounced(YearMonth month) {
		InspectionScope scope = InspectionScope.of(this.currentUser);
		List<Object[]> rows = this.findings.unannounced(month.atDay(1), month.atEndOfMonth(), scope.all(),
				scope.departments());
		List<InspectionFinding> found = rows.stream().map(r -> (InspectionFinding) r[0]).toList();
		Set<Long> departmentIds = found.stream().map(InspectionFinding::getDepartmentId).collect(Collectors.toSet());
		List<Object[]> byDepartment = this.findings.unannouncedByDepartment(month.atDay(1), month.atEndOfMonth(),
				scope.all(), scope.departments());
		byDepartment.forEach(r -> departmentIds.add((Long) r[0]));
		Map<Long, String> names = this.departments.namesOf(departmentIds);
		Map<Long, FindingItem> items = items(found, names).stream()
			.collect(Collectors.toMap(FindingItem::id, Function.identity()));
		List<UnannouncedMonth.Row> lines = new ArrayList<>();
		for (Object[] row : rows) {
			InspectionFinding f = (InspectionFinding) row[0];
			Inspection i = (Inspection) row[1];
			FindingItem item = items.get(f.getId());
			lines.add(new UnannouncedMonth.Row(i.getInspectedOn(), i.getTitle(), i.getTeamLeader(), f.getSite(),
					f.getDistrict(), f.getDescription(), f.getKind(),
					item.hazardNumber() != null ? item.hazardNumber()
							: f.getTaskId() == null ? null : "#" + f.getTaskId(),
					item.departmentName(), item.statusKey()));
		}
		return new UnannouncedMonth(month, lines,
				byDepartment.stream()
					.map(r -> new UnannouncedMonth.Count(names.getOrDefault((Long) r[0], ""), (Long) r[1],
							((Number) r[2]).longValue()))
					.toList(),
				this.findings
					.unannouncedByDistrict(month.atDay(1), month.atEndOfMonth(), scope.all(), scope.departments())
					.stream()
					.map(r -> new UnannouncedMonth.Count((String) r[0], (Long) r[1], ((Number) r[2]).longValue()))
					.toList());
	}

	/**
	 * Findings with their hazards' and tasks' state now: one query each, not one per
	 * finding.
	 */
	private List<FindingItem> items(List<InspectionFinding> found, Map<Long, String> names) {
		Map<Long, HazardListItem> hazardItems = this.hazards
			.listed(found.stream().map(InspectionFinding::getHazardId).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(HazardListItem::id, Function.identity()));
		Map<Long, TaskStatus> taskStatuses = this.tasks
			.statuses(found.stream().map(InspectionFinding::getTaskId).filter(Objects::nonNull).toList());
		return found.stream().map(f -> {
			HazardListItem hazard = f.getHazardId() == null ? null : hazardItems.get(f.getHazardId());
			TaskStatus task = f.getTaskId() == null ? null : taskStatuses.get(f.getTaskId());
			String status = hazard != null ? hazard.status().labelKey() : task != null ? task.labelKey() : null;
			return new FindingItem(Objects.requireNonNull(f.getId()), f.getKind(), f.getSite(), f.getDescription(),
					f.getDepartmentId(), names.getOrDefault(f.getDepartmentId(), ""), f.getDistrict(),
					hazard == null ? null : f.getHazardId(), hazard == null ? null : hazard.number(),
					task == null ? null : f.getTaskId(), status, f.getCreatedBy(), f.getCreatedAt());
		}).toList();
	}

	private static String like(String text) {
		return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
	}

}
