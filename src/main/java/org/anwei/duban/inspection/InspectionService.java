package org.anwei.duban.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.hazard.HazardCommand;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.inspection.internal.Inspection;
import org.anwei.duban.inspection.internal.InspectionFinding;
import org.anwei.duban.inspection.internal.InspectionFindingRepository;
import org.anwei.duban.inspection.internal.InspectionRepository;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording inspections and what they found. Staff (安委办) record them — often on a phone
 * on site; a finding is registered at once as a hazard on the ledger (with photos, the
 * hazard's source following the inspection's kind) or handed to a department as a task.
 * Each change is checked, versioned and audited in the same transaction; a finding and
 * its hazard or task are saved together or not at all.
 */
@Service
public class InspectionService {

	/** The inspections' name in the audit trail. */
	public static final String ENTITY = "INSPECTION";

	static final String STAFF = "hasRole('" + Roles.STAFF + "')";

	private final InspectionRepository inspections;

	private final InspectionFindingRepository findings;

	private final InspectionRules rules;

	private final InspectionQueries queries;

	private final HazardService hazards;

	private final TaskService tasks;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	InspectionService(InspectionRepository inspections, InspectionFindingRepository findings, InspectionRules rules,
			InspectionQueries queries, HazardService hazards, TaskService tasks, AuditTrail auditTrail,
			CurrentUser currentUser, Clock clock) {
		this.inspections = inspections;
		this.findings = findings;
		this.rules = rules;
		this.queries = queries;
		this.hazards = hazards;
		this.tasks = tasks;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PreAuthorize(STAFF)
	@Transactional
	public InspectionDetails create(InspectionCommand command) {
		ValidationException.throwIfAny(this.rules.check(command));
		Inspection inspection = this.inspections
			.saveAndFlush(new Inspection(command, username(), this.clock.instant()));
		long id = Objects.requireNonNull(inspection.getId());
		this.auditTrail.recordChange(ENTITY, id, "CREATED", inspection.getTitle(),
				FieldChange.between(null, inspection.snapshot()));
		return this.queries.get(id);
	}

	@PreAuthorize(STAFF)
	@Transactional
	public InspectionDetails update(long id, long version, InspectionCommand command) {
		Inspection inspection = load(id, version);
		ValidationException.throwIfAny(this.rules.check(command));
		Map<String, Object> before = inspection.snapshot();
		inspection.update(command);
		OptimisticLocking.flush(this.inspections, "entity.inspection", id);
		this.auditTrail.recordChange(ENTITY, id, "UPDATED", inspection.getTitle(),
				FieldChange.between(before, inspection.snapshot()));
		return this.queries.get(id);
	}

	/**
	 * Registers what the inspection found at a unit as a hazard on the ledger, with the
	 * photos taken there; the hazard names the inspection it came from.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public HazardDetails registerHazard(long inspectionId, HazardCommand command, List<Upload> photos) {
		Inspection inspection = find(inspectionId);
		HazardCommand found = new HazardCommand(
				command.foundOn() == null ? inspection.getInspectedOn() : command.foundOn(),
				inspection.getKind().hazardSource(), command.unitName(), command.creditCode(), command.industry(),
				command.district(), command.street(), command.address(), command.latitude(), command.longitude(),
				command.description(), command.level(), command.type(), command.responsibleDepartmentId(),
				command.supervisingDepartmentId(), command.rectificationOwner(), command.measures(), command.funds(),
				command.timeLimit(), command.emergencyPlan(), command.listingLevel(), command.listingDocument(), null);
		HazardDetails hazard = this.hazards.registerFound(inspectionId, found, photos);
		InspectionFinding finding = this.findings
			.save(InspectionFinding.hazard(inspectionId, hazard.id(), hazard.unitName(), hazard.description(),
					hazard.responsibleDepartmentId(), hazard.district(), username(), this.clock.instant()));
		this.auditTrail.recordChange(ENTITY, inspectionId, "FINDING_HAZARD", inspection.getTitle(),
				List.of(new FieldChange("finding", null, hazard.number() + " " + hazard.unitName()),
						new FieldChange("findingId", null, String.valueOf(finding.getId()))));
		return hazard;
	}

	/**
	 * Hands what the inspection found to a department as a task; returns the task's id.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public long assignTask(long inspectionId, FindingTaskCommand command) {
		Inspection inspection = find(inspectionId);
		ValidationException.throwIfAny(this.rules.check(command));
		long department = Objects.requireNonNull(command.departmentId());
		String site = command.site().strip();
		String description = command.description().strip();
		String title = site + "：" + firstLine(description);
		long taskId = this.tasks
			.create(new TaskCommand(title.length() > 200 ? title.substring(0, 199) + "…" : title,
					description + "\n（" + inspection.getInspectedOn() + " " + inspection.getTitle() + "发现）", null,
					command.urgency() == null ? Urgency.NORMAL : command.urgency(), department, Set.of(),
					command.deadline()))
			.id();
		this.findings.save(InspectionFinding.task(inspectionId, taskId, site, description, department,
				inspection.getDistrict(), username(), this.clock.instant()));
		this.auditTrail.recordChange(ENTITY, inspectionId, "FINDING_TASK", inspection.getTitle(),
				List.of(new FieldChange("finding", null, site + " → #" + taskId)));
		return taskId;
	}

	private static String firstLine(String text) {
		String line = text.lines().findFirst().orElse("");
		return line.length() > 60 ? line.substring(0, 60) + "…" : line;
	}

	private Inspection find(long id) {
		return this.inspections.findById(id).orElseThrow(() -> new NotFoundException("entity.inspection", id));
	}

	private Inspection load(long id, long version) {
		Inspection inspection = find(id);
		if (inspection.getVersion() != version) {
			throw new ConcurrentEditException("entity.inspection", id);
		}
		return inspection;
	}

	private String username() {
		return this.currentUser.require().getUsername();
	}

}
