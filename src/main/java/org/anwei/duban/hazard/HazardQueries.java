package org.anwei.duban.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.extension.ExtensionRequests;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.hazard.internal.Hazard;
import org.anwei.duban.hazard.internal.HazardAcceptanceRepository;
import org.anwei.duban.hazard.internal.HazardPhoto;
import org.anwei.duban.hazard.internal.HazardPhotoRepository;
import org.anwei.duban.hazard.internal.HazardRepository;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.EscalationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the hazard ledger within the caller's department scope: pages of the list
 * (filtered, sorted and counted in the database; department names for a page in one
 * query), one hazard with its photos and acceptances, its history, and its files.
 */
@Service
public class HazardQueries {

	static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "','" + Roles.DEPT + "')";

	private final HazardRepository hazards;

	private final HazardPhotoRepository photos;

	private final HazardAcceptanceRepository acceptances;

	private final DepartmentService departments;

	private final AuditTrail auditTrail;

	private final ExtensionRequests extensions;

	private final HazardAccess access;

	private final EscalationProperties escalation;

	private final Clock clock;

	HazardQueries(HazardRepository hazards, HazardPhotoRepository photos, HazardAcceptanceRepository acceptances,
			DepartmentService departments, AuditTrail auditTrail, ExtensionRequests extensions, CurrentUser currentUser,
			EscalationProperties escalation, Clock clock) {
		this.extensions = extensions;
		this.hazards = hazards;
		this.photos = photos;
		this.acceptances = acceptances;
		this.departments = departments;
		this.auditTrail = auditTrail;
		this.access = new HazardAccess(currentUser);
		this.escalation = escalation;
		this.clock = clock;
	}

	/** A page of the ledger, newest found first unless the page asks otherwise. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<HazardListItem> list(HazardFilter filter, Pageable pageable) {
		Pageable sorted = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by("foundOn").descending().and(Sort.by("id").descending()));
		Specification<Hazard> spec = HazardSpecifications.of(filter, this.access.visibleDepartments(), today());
		// a slice reads one row more than asked, which overflows for "everything"
		List<Hazard> found = sorted.getPageSize() == Integer.MAX_VALUE && sorted.getOffset() == 0
				? this.hazards.findBy(spec, q -> q.sortBy(sorted.getSort()).all())
				: this.hazards.findBy(spec, q -> q.slice(sorted)).getContent();
		return items(found);
	}

	private List<HazardListItem> items(List<Hazard> found) {
		Set<Long> departmentIds = new HashSet<>();
		found.forEach(h -> departmentIds.add(h.getResponsibleDepartmentId()));
		Map<Long, String> names = this.departments.namesOf(departmentIds);
		LocalDate today = today();
		return found.stream()
			.map(h -> new HazardListItem(Objects.requireNonNull(h.getId()), h.getNumber(), h.getFoundOn(),
					h.getUnitName(), h.getDistrict(), h.getIndustry(), h.getLevel(), h.getStatus(),
					names.getOrDefault(h.getResponsibleDepartmentId(), ""), h.getTimeLimit(), h.isOverdue(today),
					h.getReboundOfId()))
			.toList();
	}

	/**
	 * The given hazards as the list shows them, those the caller may see, in one query:
	 * other modules that link hazards (inspections) show their state with it.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<HazardListItem> listed(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Specification<Hazard> inIds = (root, query, cb) -> root.get("id").in(ids);
		List<Hazard> found = this.hazards.findAll(
				HazardSpecifications.of(HazardFilter.none(), this.access.visibleDepartments(), today()).and(inIds));
		return items(found);
	}

	/**
	 * The ids of the hazards with these numbers that the caller may see: other modules
	 * that link hazards by number (the accountability register) check the links with it.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public Map<String, Long> idsOfNumbers(java.util.Collection<String> numbers) {
		if (numbers.isEmpty()) {
			return Map.of();
		}
		Specification<Hazard> withNumbers = (root, query, cb) -> root.get("number").in(numbers);
		return this.hazards
			.findAll(HazardSpecifications.of(HazardFilter.none(), this.access.visibleDepartments(), today())
				.and(withNumbers))
			.stream()
			.collect(java.util.stream.Collectors.toMap(Hazard::getNumber, h -> Objects.requireNonNull(h.getId())));
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public long count(HazardFilter filter) {
		return this.hazards.count(HazardSpecifications.of(filter, this.access.visibleDepartments(), today()));
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public HazardDetails get(long id) {
		Hazard h = this.access.requireVisible(this.hazards.findById(id).orElse(null), id);
		Set<Long> departmentIds = new HashSet<>();
		departmentIds.add(h.getResponsibleDepartmentId());
		if (h.getSupervisingDepartmentId() != null) {
			departmentIds.add(h.getSupervisingDepartmentId());
		}
		Map<Long, String> names = this.departments.namesOf(departmentIds);
		String reboundOf = h.getReboundOfId() == null ? null
				: this.hazards.findById(h.getReboundOfId()).map(Hazard::getNumber).orElse(null);
		return new HazardDetails(id, h.getVersion(), h.getNumber(), h.getFoundOn(), h.getSource(), h.getUnitName(),
				h.getCreditCode(), h.getIndustry(), h.getDistrict(), h.getStreet(), h.getAddress(), h.getLatitude(),
				h.getLongitude(), h.getDescription(), h.getLevel(), h.getType(), h.getResponsibleDepartmentId(),
				names.getOrDefault(h.getResponsibleDepartmentId(), ""), h.getSupervisingDepartmentId(),
				h.getSupervisingDepartmentId() == null ? null : names.get(h.getSupervisingDepartmentId()),
				h.getRectificationOwner(), h.getMeasures(), h.getFunds(), h.getTimeLimit(), h.getEmergencyPlan(),
				h.getListingLevel(), h.getListingDocument(), h.getStatus(), h.isOverdue(today()), h.getTaskId(),
				h.getOriginTaskId(), h.getOriginInspectionId(), h.getReboundOfId(), reboundOf, h.getRegisteredBy(),
				h.getRegisteredAt(), h.getClosedAt(), h.supervision().getEscalationLevel(),
				h.supervision().getUrgeCount(), this.photos.summaries(id), this.acceptances.summaries(id),
				this.extensions.of(HazardService.ENTITY, id));
	}

	/** Every recorded change of a hazard the caller may see, newest first. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long id) {
		this.access.requireVisible(this.hazards.findById(id).orElse(null), id);
		return this.auditTrail.history(HazardService.ENTITY, id);
	}

	/** A photo's bytes as uploaded, or its thumbnail (photos only). */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public byte[] photo(long hazardId, long photoId, boolean thumbnail) {
		this.access.requireVisible(this.hazards.findById(hazardId).orElse(null), hazardId);
		HazardPhoto photo = this.photos.findById(photoId)
			.filter(p -> p.getHazardId() == hazardId)
			.orElseThrow(() -> new NotFoundException("entity.photo", photoId));
		byte[] bytes = thumbnail ? photo.getThumbnail() : photo.getContent();
		if (bytes == null) {
			throw new NotFoundException("entity.photo", photoId);
		}
		return bytes;
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.escalation.zone());
	}

}
