package org.anwei.duban.hazard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.evidence.Evidence;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.hazard.internal.HazardRecheck;
import org.anwei.duban.hazard.internal.HazardRecheckRepository;
import org.anwei.duban.hazard.internal.HazardRepository;
import org.anwei.duban.hazard.internal.RecheckCandidate;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.Audience;
import org.anwei.duban.supervision.DepartmentNotifier;
import org.anwei.duban.supervision.EscalationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-inspection (回头看): closed hazards are drawn for a second look by their owner — the
 * supervising department, else the responsible one — who records whether the
 * rectification held or the problem is back (反弹), in which case a new hazard is
 * registered and linked to the old one.
 *
 * <p>
 * The draw: every major hazard closed within the window and a share of the general ones.
 * Whether a general hazard is drawn follows from a fixed hash of its id, so the draw can
 * be repeated and audited, a run that is repeated draws nothing new, and a hazard that
 * stays in the window over two monthly runs is not drawn twice as likely.
 */
@Service
public class RecheckService {

	private final HazardRecheckRepository rechecks;

	private final HazardRepository hazards;

	private final HazardService hazardService;

	private final DepartmentService departments;

	private final DepartmentNotifier notifier;

	private final AuditTrail auditTrail;

	private final HazardProperties.Recheck rule;

	private final HazardAccess access;

	private final ZoneId zone;

	private final Clock clock;

	RecheckService(HazardRecheckRepository rechecks, HazardRepository hazards, HazardService hazardService,
			DepartmentService departments, DepartmentNotifier notifier, AuditTrail auditTrail,
			HazardProperties properties, CurrentUser currentUser, EscalationProperties escalation, Clock clock) {
		this.rechecks = rechecks;
		this.hazards = hazards;
		this.hazardService = hazardService;
		this.departments = departments;
		this.notifier = notifier;
		this.auditTrail = auditTrail;
		this.rule = properties.recheck();
		this.access = new HazardAccess(currentUser);
		this.zone = escalation.zone();
		this.clock = clock;
	}

	/**
	 * Draws the hazards closed {@code min-days} to {@code max-days} before {@code today}.
	 */
	@PreAuthorize(HazardService.STAFF)
	@Transactional
	public RecheckRun sample(LocalDate today) {
		Instant from = today.minusDays(this.rule.maxDays()).atStartOfDay(this.zone).toInstant();
		Instant to = today.minusDays(this.rule.minDays() - 1L).atStartOfDay(this.zone).toInstant();
		List<RecheckCandidate> candidates = this.rechecks.undrawnClosedBetween(from, to);
		int drawn = 0;
		for (RecheckCandidate candidate : candidates) {
			if (isDrawn(candidate)) {
				long owner = candidate.supervisingDepartmentId() != null ? candidate.supervisingDepartmentId()
						: candidate.responsibleDepartmentId();
				HazardRecheck recheck = this.rechecks
					.save(new HazardRecheck(candidate.id(), owner, today, today.plusDays(this.rule.daysToCheck())));
				Hazard hazard = this.hazards.findById(candidate.id()).orElseThrow();
				this.auditTrail.recordChange(HazardService.ENTITY, candidate.id(), "RECHECK_SAMPLED",
						hazard.getNumber(),
						List.of(new FieldChange("recheckDueOn", null, recheck.getDueOn().toString())));
				this.notifier.tellDepartments(new Audience(List.of(owner), owner, "hazards/rechecks"), "HAZARD_RECHECK",
						LocalizedText.of("notification.recheck.title", hazard.getUnitName(), hazard.getNumber(),
								recheck.getDueOn()),
						"notification.recheck.body");
				drawn++;
			}
		}
		return new RecheckRun(candidates.size(), drawn);
	}

	/** A page of the queue within the caller's scope: open items first, by due day. */
	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public List<RecheckItem> list(@Nullable RecheckStatus status, Pageable pageable) {
		Set<Long> visible = this.access.visibleDepartments();
		List<Object[]> rows = this.rechecks.page(status, visible == null, scope(visible), pageable);
		Set<Long> owners = new HashSet<>();
		rows.forEach(row -> owners.add(((HazardRecheck) row[0]).getOwnerDepartmentId()));
		Map<Long, String> names = this.departments.namesOf(owners);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.zone);
		return rows.stream().map(row -> item((HazardRecheck) row[0], (Hazard) row[1], names, today)).toList();
	}

	@PreAuthorize(HazardQueries.READERS)
	@Transactional(readOnly = true)
	public long count(@Nullable RecheckStatus status) {
		Set<Long> visible = this.access.visibleDepartments();
		return this.rechecks.count(status, visible == null, scope(visible));
	}

	/**
	 * The owner (or staff) records the second look. A rebound registers a new hazard like
	 * the old one, described by the finding, with the photos taken now; its id is
	 * returned. Held: nothing else changes.
	 */
	@PreAuthorize(HazardService.REGISTRARS)
	@Transactional
	public @Nullable Long record(long id, long version, boolean rebound, String finding, List<Upload> photos) {
		HazardRecheck recheck = this.rechecks.findById(id)
			.filter(r -> this.access.isStaff() || Objects.equals(this.access.ownDepartment(), r.getOwnerDepartmentId())
					|| isVisibleHazard(r))
			.orElseThrow(() -> new NotFoundException("entity.recheck", id));
		if (!this.access.isStaff() && !Objects.equals(this.access.ownDepartment(), recheck.getOwnerDepartmentId())) {
			throw ValidationException.of("recheck.owner", "validation.recheck.owner-only");
		}
		if (recheck.getVersion() != version) {
			throw new ConcurrentEditException("entity.recheck", id);
		}
		if (recheck.getStatus() != RecheckStatus.PENDING) {
			throw ValidationException.of("recheck.status", "validation.recheck.recorded");
		}
		List<FieldError> errors = new ArrayList<>();
		HazardRules.text(errors, "recheck.finding", finding, true, 2000);
		List<Evidence.Checked> checked = Evidence.checkAll(photos, "recheck.photos", errors);
		ValidationException.throwIfAny(errors);
		Hazard hazard = this.hazards.findById(recheck.getHazardId()).orElseThrow();
		Instant now = this.clock.instant();
		Long reboundId = rebound ? this.hazardService.registerRebound(hazard, finding.strip(), checked,
				LocalDate.ofInstant(now, this.zone), this.rule.rectifyDays()) : null;
		recheck.record(finding.strip(), this.access.username(), now, reboundId);
		OptimisticLocking.flush(this.rechecks, "entity.recheck", id);
		List<FieldChange> changes = new ArrayList<>();
		changes.add(new FieldChange("recheckResult", null, recheck.getStatus().name()));
		changes.add(new FieldChange("recheckFinding", null, finding.strip()));
		if (reboundId != null) {
			changes.add(new FieldChange("reboundHazard", null,
					this.hazards.findById(reboundId).map(Hazard::getNumber).orElse("")));
		}
		this.auditTrail.recordChange(HazardService.ENTITY, recheck.getHazardId(), "RECHECKED", hazard.getNumber(),
				changes);
		return reboundId;
	}

	private boolean isVisibleHazard(HazardRecheck recheck) {
		return this.hazards.findById(recheck.getHazardId()).map(this.access::isVisible).orElse(false);
	}

	/**
	 * Whether a candidate is drawn: all major ones (if so set), and a share of the rest.
	 */
	boolean isDrawn(RecheckCandidate candidate) {
		if (candidate.level() == HazardLevel.MAJOR && this.rule.allMajor()) {
			return true;
		}
		return unitInterval(candidate.id()) < this.rule.share();
	}

	/**
	 * A fixed, well-spread number in [0, 1) for an id (SplitMix64's finalizer), so that
	 * consecutive ids are drawn independently of each other.
	 */
	static double unitInterval(long id) {
		long z = id + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		z = z ^ (z >>> 31);
		return (z >>> 11) * 0x1.0p-53;
	}

	private static Set<Long> scope(@Nullable Set<Long> visible) {
		// an empty "in ()" is not valid SQL everywhere; -1 matches no department
		return visible == null || visible.isEmpty() ? Set.of(-1L) : visible;
	}

	private static RecheckItem item(HazardRecheck r, Hazard h, Map<Long, String> names, LocalDate today) {
		return new RecheckItem(Objects.requireNonNull(r.getId()), r.getVersion(), r.getHazardId(), h.getNumber(),
				h.getUnitName(), h.getDistrict(), h.getLevel(), h.getClosedAt(), r.getOwnerDepartmentId(),
				names.getOrDefault(r.getOwnerDepartmentId(), ""), r.getSampledOn(), r.getDueOn(),
				r.getStatus() == RecheckStatus.PENDING && r.getDueOn().isBefore(today), r.getStatus(), r.getFinding(),
				r.getCheckedBy(), r.getCheckedAt(), r.getReboundHazardId());
	}

}
