package org.anwei.duban.hazard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.UnifiedCreditCode;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.evidence.Evidence;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.hazard.internal.HazardAcceptance;
import org.anwei.duban.hazard.internal.HazardAcceptanceRepository;
import org.anwei.duban.hazard.internal.HazardNumber;
import org.anwei.duban.hazard.internal.HazardPhoto;
import org.anwei.duban.hazard.internal.HazardPhotoRepository;
import org.anwei.duban.hazard.internal.HazardRepository;
import org.anwei.duban.supervision.DepartmentNotifier;
import org.anwei.duban.supervision.EscalationProperties;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the hazard ledger: register (with photos as found), edit, start and report
 * rectification (with photos after), acceptance by staff (passed: closed out; failed:
 * back to rectification with the reason), a rectification task for the responsible
 * department, and a leader's 批示. Each change is checked, scoped to the caller's
 * department, versioned and written to the audit trail in the same transaction.
 */
@Service
public class HazardService {

	/** The hazards' name in the audit trail and in the supervision module. */
	public static final String ENTITY = "HAZARD";

	static final String REGISTRARS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.DEPT + "')";

	static final String STAFF = "hasRole('" + Roles.STAFF + "')";

	private final HazardRepository hazards;

	private final HazardPhotoRepository photos;

	private final HazardAcceptanceRepository acceptances;

	private final HazardRules rules;

	private final HazardQueries queries;

	private final HazardProperties properties;

	private final TaskService tasks;

	private final TaskQueries taskQueries;

	private final DepartmentNotifier notifier;

	private final AuditTrail auditTrail;

	private final HazardAccess access;

	private final EscalationProperties escalation;

	private final Clock clock;

	HazardService(HazardRepository hazards, HazardPhotoRepository photos, HazardAcceptanceRepository acceptances,
			HazardRules rules, HazardQueries queries, HazardProperties properties, TaskService tasks,
			TaskQueries taskQueries, DepartmentNotifier notifier, AuditTrail auditTrail, CurrentUser currentUser,
			EscalationProperties escalation, Clock clock) {
		this.escalation = escalation;
		this.hazards = hazards;
		this.photos = photos;
		this.acceptances = acceptances;
		this.rules = rules;
		this.queries = queries;
		this.properties = properties;
		this.tasks = tasks;
		this.taskQueries = taskQueries;
		this.notifier = notifier;
		this.auditTrail = auditTrail;
		this.access = new HazardAccess(currentUser);
		this.clock = clock;
	}

	/**
	 * Registers a hazard with its photos as found. A liaison registers for their own
	 * department only. A hazard at a unit where one of the same type or industry was
	 * closed out within the rebound period is linked to it as a rebound (反弹).
	 */
	@PreAuthorize(REGISTRARS)
	@Transactional
	public HazardDetails register(HazardCommand command, List<Upload> photoUploads) {
		HazardCommand normalized = normalize(command);
		List<FieldError> errors = new ArrayList<>(this.rules.check(normalized));
		checkOwnDepartment(normalized, errors);
		checkOrigin(normalized, errors);
		List<Evidence.Checked> checked = Evidence.checkAll(photoUploads, "hazard.photos", errors);
		ValidationException.throwIfAny(errors);
		return this.queries.get(save(normalized, checked, null, null));
	}

	/**
	 * Registers a hazard an inspection found, linked to it; the inspection module records
	 * the finding on its side and has checked that the caller may record it.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public HazardDetails registerFound(long inspectionId, HazardCommand command, List<Upload> photoUploads) {
		HazardCommand normalized = normalize(command);
		List<FieldError> errors = new ArrayList<>(this.rules.check(normalized));
		List<Evidence.Checked> checked = Evidence.checkAll(photoUploads, "hazard.photos", errors);
		ValidationException.throwIfAny(errors);
		return this.queries.get(save(normalized, checked, null, inspectionId));
	}

	/**
	 * Registers what a re-inspection found at a closed hazard's unit: a new hazard like
	 * the earlier one, found today, described by the finding, linked to it as its rebound
	 * and due within {@code rectifyDays}. The caller has checked who may do this (a
	 * supervising department registers for the responsible one here).
	 */
	long registerRebound(Hazard earlier, String finding, List<Evidence.Checked> checked, LocalDate today,
			int rectifyDays) {
		HazardCommand was = this.queries.get(Objects.requireNonNull(earlier.getId())).toCommand();
		HazardCommand rebound = new HazardCommand(today, HazardSource.INSPECTION, was.unitName(), was.creditCode(),
				was.industry(), was.district(), was.street(), was.address(), was.latitude(), was.longitude(), finding,
				was.level(), was.type(), was.responsibleDepartmentId(), was.supervisingDepartmentId(),
				was.rectificationOwner(), was.measures(), was.funds(), today.plusDays(rectifyDays), was.emergencyPlan(),
				was.listingLevel(), was.listingDocument(), null);
		ValidationException.throwIfAny(this.rules.check(rebound));
		return save(rebound, checked, earlier.getId(), null);
	}

	private long save(HazardCommand normalized, List<Evidence.Checked> checked, @Nullable Long reboundOf,
			@Nullable Long inspectionId) {
		Instant now = this.clock.instant();
		int year = Objects.requireNonNull(normalized.foundOn()).getYear();
		HazardNumber number = HazardNumber.of(this.properties.numberPrefix(), year,
				this.hazards.lastSequence(year) + 1);
		Hazard hazard = new Hazard(number, normalized, UnitKeys.of(normalized.unitName()),
				this.properties.remindDaysBefore(), this.access.username(), now);
		if (inspectionId != null) {
			hazard.foundBy(inspectionId);
		}
		if (reboundOf != null) {
			hazard.markReboundOf(reboundOf);
		}
		else {
			findReboundOrigin(hazard, now).ifPresent(hazard::markReboundOf);
		}
		this.hazards.saveAndFlush(hazard);
		long id = Objects.requireNonNull(hazard.getId());
		savePhotos(id, PhotoPhase.BEFORE, checked, now);
		List<FieldChange> changes = new ArrayList<>(FieldChange.between(null, hazard.snapshot()));
		if (hazard.getReboundOfId() != null) {
			changes.add(new FieldChange("reboundOf", null,
					this.hazards.findById(hazard.getReboundOfId()).map(Hazard::getNumber).orElse("")));
		}
		this.auditTrail.recordChange(ENTITY, id, "REGISTERED", hazard.getNumber(), changes);
		this.notifier.tellDepartments(HazardSupervision.audienceOf(hazard), "HAZARD_REGISTERED",
				LocalizedText.of("notification.hazard.registered.title", hazard.getUnitName(), hazard.getNumber(),
						hazard.getTimeLimit()),
				"notification.hazard.registered.body");
		return id;
	}

	/** Edits an open hazard; a liaison cannot hand it to another department. */
	@PreAuthorize(REGISTRARS)
	@Transactional
	public HazardDetails update(long id, long version, HazardCommand command) {
		Hazard hazard = load(id, version);
		if (!hazard.getStatus().isOpen()) {
			throw ValidationException.of("hazard.status", "validation.hazard.closed");
		}
		HazardCommand normalized = normalize(command);
		List<FieldError> errors = new ArrayList<>(this.rules.check(normalized));
		checkOwnDepartment(normalized, errors);
		ValidationException.throwIfAny(errors);
		Map<String, Object> before = hazard.snapshot();
		hazard.update(normalized, UnitKeys.of(normalized.unitName()), this.properties.remindDaysBefore());
		return saved(hazard, "UPDATED", before);
	}

	/** The responsible department starts rectifying (签收整改). */
	@PreAuthorize(REGISTRARS)
	@Transactional
	public HazardDetails start(long id, long version) {
		Hazard hazard = load(id, version);
		Map<String, Object> before = hazard.snapshot();
		hazard.apply(HazardAction.START, this.clock.instant());
		return saved(hazard, "RECTIFICATION_STARTED", before);
	}

	/**
	 * The department reports the hazard rectified, with what was done and photos after;
	 * it then waits for acceptance (待验收).
	 */
	@PreAuthorize(REGISTRARS)
	@Transactional
	public HazardDetails reportRectified(long id, long version, String text, List<Upload> photoUploads) {
		Hazard hazard = load(id, version);
		List<FieldError> errors = new ArrayList<>();
		HazardRules.text(errors, "hazard.rectification", text, true, HazardRules.MAX_TEXT);
		List<Evidence.Checked> checked = Evidence.checkAll(photoUploads, "hazard.photos", errors);
		ValidationException.throwIfAny(errors);
		Map<String, Object> before = hazard.snapshot();
		Instant now = this.clock.instant();
		hazard.apply(HazardAction.SUBMIT, now);
		savePhotos(id, PhotoPhase.AFTER, checked, now);
		Map<String, Object> after = new java.util.LinkedHashMap<>(hazard.snapshot());
		after.put("rectification", text.strip());
		return saved(hazard, "RECTIFIED", before, after);
	}

	/**
	 * Staff record an acceptance check (验收). Passed: the hazard is closed out (销号).
	 * Failed: the reason is required and the hazard goes back to rectification, still on
	 * the books.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public HazardDetails accept(long id, long version, boolean passed, String conclusion, List<Upload> photoUploads) {
		Hazard hazard = load(id, version);
		List<FieldError> errors = new ArrayList<>();
		HazardRules.text(errors, "hazard.conclusion", conclusion, !passed, 2000);
		List<Evidence.Checked> checked = Evidence.checkAll(photoUploads, "hazard.photos", errors);
		ValidationException.throwIfAny(errors);
		Map<String, Object> before = hazard.snapshot();
		Instant now = this.clock.instant();
		hazard.apply(passed ? HazardAction.PASS : HazardAction.FAIL, now);
		this.acceptances.save(new HazardAcceptance(id, passed, conclusion.strip(), this.access.username(), now));
		savePhotos(id, PhotoPhase.ACCEPTANCE, checked, now);
		Map<String, Object> after = new java.util.LinkedHashMap<>(hazard.snapshot());
		after.put("conclusion", conclusion.strip());
		HazardDetails result = saved(hazard, passed ? "ACCEPTED" : "ACCEPTANCE_FAILED", before, after);
		if (!passed) {
			this.notifier.tellDepartments(HazardSupervision.audienceOf(hazard), "HAZARD_REJECTED", LocalizedText
				.of("notification.hazard.rejected.title", hazard.getUnitName(), hazard.getNumber(), conclusion.strip()),
					"notification.hazard.rejected.body");
		}
		return result;
	}

	/**
	 * Issues a rectification task (整改任务) to the responsible department, due on the
	 * hazard's time limit; the hazard is then in rectification, and the task's acceptance
	 * moves it on to 待验收.
	 */
	@PreAuthorize(STAFF)
	@Transactional
	public HazardDetails createTask(long id, long version) {
		Hazard hazard = load(id, version);
		if (hazard.getTaskId() != null) {
			throw ValidationException.of("hazard.task", "validation.hazard.task-exists");
		}
		if (!hazard.getStatus().awaitsRectification()) {
			throw ValidationException.of("hazard.status", "validation.hazard.task-not-open");
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.escalation.zone());
		LocalDate deadline = hazard.getTimeLimit().isBefore(today) ? today.plusDays(7) : hazard.getTimeLimit();
		String content = hazard.getDescription()
				+ (hazard.getMeasures() == null ? "" : "\n整改措施：" + hazard.getMeasures());
		long taskId = this.tasks
			.create(new TaskCommand("整改隐患 " + hazard.getNumber() + " " + hazard.getUnitName(), content,
					hazard.getIndustry(), hazard.getLevel() == HazardLevel.MAJOR ? Urgency.URGENT : Urgency.NORMAL,
					hazard.getResponsibleDepartmentId(), java.util.Set.of(), deadline))
			.id();
		Map<String, Object> before = hazard.snapshot();
		hazard.linkTask(taskId);
		if (hazard.getStatus() == HazardStatus.REGISTERED) {
			hazard.apply(HazardAction.START, this.clock.instant());
		}
		return saved(hazard, "TASK_CREATED", before);
	}

	/** A leader's instruction (批示) on a hazard they may see; its departments are told. */
	@PreAuthorize("hasRole('" + Roles.LEADER + "')")
	@Transactional
	public HazardDetails instruct(long id, String text) {
		Hazard hazard = this.access.requireVisible(this.hazards.findById(id).orElse(null), id);
		List<FieldError> errors = new ArrayList<>();
		HazardRules.text(errors, "hazard.instruction", text, true, HazardRules.MAX_TEXT);
		ValidationException.throwIfAny(errors);
		this.auditTrail.recordChange(ENTITY, id, "INSTRUCTED", hazard.getNumber(),
				List.of(new FieldChange("instruction", null, text.strip())));
		this.notifier.tellDepartmentsAndLeaders(HazardSupervision.audienceOf(hazard), "INSTRUCTION", LocalizedText
			.of("notification.hazard.instruction.title", hazard.getUnitName(), hazard.getNumber(), text.strip()),
				"notification.hazard.instruction.body");
		return this.queries.get(id);
	}

	/** Called when a rectification task is accepted: its hazard waits for acceptance. */
	void taskAccepted(long taskId) {
		for (Hazard hazard : this.hazards.findByTaskId(taskId)) {
			if (hazard.getStatus() == HazardStatus.RECTIFYING) {
				Map<String, Object> before = hazard.snapshot();
				hazard.apply(HazardAction.SUBMIT, this.clock.instant());
				this.hazards.flush();
				this.auditTrail.recordChange(ENTITY, Objects.requireNonNull(hazard.getId()), "TASK_ACCEPTED",
						hazard.getNumber(), FieldChange.between(before, hazard.snapshot()));
			}
		}
	}

	private HazardDetails saved(Hazard hazard, String action, Map<String, Object> before) {
		return saved(hazard, action, before, hazard.snapshot());
	}

	private HazardDetails saved(Hazard hazard, String action, Map<String, Object> before, Map<String, Object> after) {
		long id = Objects.requireNonNull(hazard.getId());
		OptimisticLocking.flush(this.hazards, HazardAccess.ENTITY, id);
		this.auditTrail.recordChange(ENTITY, id, action, hazard.getNumber(), FieldChange.between(before, after));
		return this.queries.get(id);
	}

	private java.util.Optional<Long> findReboundOrigin(Hazard hazard, Instant now) {
		Instant since = now.minus(this.properties.reboundDays(), ChronoUnit.DAYS);
		String code = hazard.getCreditCode() == null ? "\u0000" : hazard.getCreditCode();
		return this.hazards
			.closedAtUnitSince(hazard.getUnitKey(), code, hazard.getType(), hazard.getIndustry(), since,
					PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(Hazard::getId);
	}

	private void savePhotos(long hazardId, PhotoPhase phase, List<Evidence.Checked> checked, Instant now) {
		for (Evidence.Checked file : checked) {
			this.photos.save(new HazardPhoto(hazardId, phase, file, this.access.username(), now));
		}
	}

	private void checkOwnDepartment(HazardCommand command, List<FieldError> errors) {
		if (!this.access.isStaff() && command.responsibleDepartmentId() != null
				&& !command.responsibleDepartmentId().equals(this.access.ownDepartment())) {
			errors.add(FieldError.of("hazard.responsibleDepartment", "validation.hazard.own-department-only"));
		}
	}

	private void checkOrigin(HazardCommand command, List<FieldError> errors) {
		Long task = command.originTaskId();
		if (task != null && this.taskQueries.countVisible(List.of(task)) == 0) {
			errors.add(FieldError.of("hazard.originTask", "validation.hazard.origin-task"));
		}
	}

	private static HazardCommand normalize(HazardCommand c) {
		String code = c.creditCode() == null || c.creditCode().isBlank() ? null
				: UnifiedCreditCode.normalize(c.creditCode());
		return new HazardCommand(c.foundOn(), c.source(), c.unitName(), code, c.industry(), c.district(), c.street(),
				c.address(), c.latitude(), c.longitude(), c.description(), c.level(), c.type(),
				c.responsibleDepartmentId(), c.supervisingDepartmentId(), c.rectificationOwner(), c.measures(),
				c.funds(), c.timeLimit(), c.emergencyPlan(), c.listingLevel(), c.listingDocument(), c.originTaskId());
	}

	private Hazard load(long id, long version) {
		Hazard hazard = this.access.requireActing(this.hazards.findById(id).orElse(null), id);
		if (hazard.getVersion() != version) {
			throw new ConcurrentEditException(HazardAccess.ENTITY, id);
		}
		return hazard;
	}

}
