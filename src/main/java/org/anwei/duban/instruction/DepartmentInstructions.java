package org.anwei.duban.instruction;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.instruction.internal.DepartmentInstruction;
import org.anwei.duban.instruction.internal.DepartmentInstructionRepository;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.Audience;
import org.anwei.duban.supervision.DepartmentNotifier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' instructions (批示) to departments. A leader instructs a department they oversee
 * (any, when they oversee all); its liaisons, head and overseeing leaders are told, and
 * the instruction stays in the department's record, which its liaisons, staff and the
 * leaders overseeing it read. Another department's instructions are "not found".
 */
@Service
public class DepartmentInstructions {

	static final String ENTITY = "DEPARTMENT";

	static final int MAX_TEXT = 2000;

	private final DepartmentInstructionRepository instructions;

	private final DepartmentService departments;

	private final DepartmentNotifier notifier;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	DepartmentInstructions(DepartmentInstructionRepository instructions, DepartmentService departments,
			DepartmentNotifier notifier, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
		this.instructions = instructions;
		this.departments = departments;
		this.notifier = notifier;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('" + Roles.LEADER + "')")
	@Transactional
	public InstructionItem instruct(long departmentId, String text) {
		DepartmentRef department = visible(departmentId);
		if (text.isBlank()) {
			throw new ValidationException(List.of(FieldError.of("instruction.text", "validation.required")));
		}
		if (text.strip().length() > MAX_TEXT) {
			throw new ValidationException(List.of(FieldError.of("instruction.text", "validation.too-long", MAX_TEXT)));
		}
		AppUserPrincipal leader = this.currentUser.require();
		DepartmentInstruction saved = this.instructions.saveAndFlush(new DepartmentInstruction(departmentId,
				text.strip(), leader.getUsername(), leader.displayName(), this.clock.instant()));
		this.auditTrail.recordChange(ENTITY, departmentId, "INSTRUCTED", department.name(),
				List.of(new FieldChange("instruction", null, saved.getText())));
		this.notifier.tellDepartmentsAndLeaders(new Audience(List.of(departmentId), departmentId, ""), "INSTRUCTION",
				LocalizedText.of("notification.department.instruction.title", department.name(), leader.displayName(),
						saved.getText()),
				"notification.department.instruction.body");
		return item(saved, Map.of(departmentId, department.name()));
	}

	/**
	 * The newest instructions, to one department or to all the caller may see; a
	 * department the caller may not see has none.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "','" + Roles.DEPT + "')")
	@Transactional(readOnly = true)
	public List<InstructionItem> newest(@Nullable Long departmentId, int limit) {
		Set<Long> visible = this.currentUser.visibleDepartmentIds();
		PageRequest page = PageRequest.of(0, limit);
		List<DepartmentInstruction> found;
		if (departmentId != null) {
			found = visible == null || visible.contains(departmentId)
					? this.instructions.newestOf(Set.of(departmentId), page) : List.of();
		}
		else {
			found = visible == null ? this.instructions.newest(page)
					: visible.isEmpty() ? List.of() : this.instructions.newestOf(visible, page);
		}
		Map<Long, String> names = found.isEmpty() ? Map.of() : this.departments
			.namesOf(found.stream().map(DepartmentInstruction::getDepartmentId).collect(Collectors.toSet()));
		return found.stream().map(i -> item(i, names)).toList();
	}

	private DepartmentRef visible(long departmentId) {
		Set<Long> visible = this.currentUser.visibleDepartmentIds();
		return this.departments.directory()
			.stream()
			.filter(d -> d.id() == departmentId && d.active())
			.filter(d -> visible == null || visible.contains(d.id()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("entity.department", departmentId));
	}

	private static InstructionItem item(DepartmentInstruction i, Map<Long, String> names) {
		return new InstructionItem(Objects.requireNonNull(i.getId()), i.getDepartmentId(),
				names.getOrDefault(i.getDepartmentId(), ""), i.getText(), i.getCreatedAt(), i.getCreatedByName());
	}

}
