package org.anwei.duban.hazard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.extension.ExtensionDetails;
import org.anwei.duban.extension.ExtensionRequests;
import org.anwei.duban.extension.ExtensionState;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hazard's time limit extended as a task's deadline is, through the same extension
 * requests: the responsible department asks while it is to be rectified, staff decide, an
 * approval moves the time limit; one request at a time, a limit of approvals, and nobody
 * else asks.
 */
class HazardExtensionTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	HazardQueries queries;

	@Autowired
	ExtensionRequests extensions;

	@Autowired
	HazardProperties properties;

	@Autowired
	DepartmentService departments;

	private HazardDetails registered(String unit) {
		this.users.login(TestUsers.DEPT_YJJ);
		return this.hazards.register(
				HazardTestData.general(unit + System.nanoTime(),
						DirectiveTestData.department(this.departments, "YJJ").id(), TODAY, TODAY.plusDays(10)),
				List.of());
	}

	@Test
	void the_department_asks_staff_approve_and_the_time_limit_moves() {
		HazardDetails hazard = registered("延期化工厂");
		ExtensionDetails asked = this.extensions.request(HazardService.ENTITY, hazard.id(), hazard.version(),
				"设备采购周期长。", TODAY.plusDays(30));
		assertThat(asked.state()).isEqualTo(ExtensionState.PENDING);
		assertThat(asked.subjectType()).isEqualTo("HAZARD");
		HazardDetails waiting = this.queries.get(hazard.id());
		assertThat(waiting.pendingExtension()).map(ExtensionDetails::id).hasValue(asked.id());
		assertThatThrownBy(() -> this.extensions.request(HazardService.ENTITY, hazard.id(), waiting.version(), "再延。",
				TODAY.plusDays(40)))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.containsExactly(FieldError.of("extension.state", "validation.extension.pending")));
		assertThatThrownBy(() -> this.extensions.decide(asked.id(), asked.version(), true, ""))
			.as("the department does not decide")
			.isInstanceOf(AccessDeniedException.class);

		this.users.login(TestUsers.STAFF);
		assertThat(this.extensions.pending(HazardService.ENTITY)).extracting(ExtensionDetails::id).contains(asked.id());
		assertThat(this.extensions.pendingAll(500)).as("staff's queue under my work")
			.anySatisfy(p -> assertThat(p.path()).isEqualTo("hazards/" + hazard.id()));
		this.extensions.decide(asked.id(), asked.version(), true, "同意。");
		HazardDetails extended = this.queries.get(hazard.id());
		assertThat(extended.timeLimit()).isEqualTo(TODAY.plusDays(30));
		assertThat(extended.pendingExtension()).isEmpty();
		assertThat(extended.extensions()).singleElement()
			.satisfies(e -> assertThat(e.state()).isEqualTo(ExtensionState.APPROVED));
		assertThat(this.queries.history(hazard.id())).extracting(AuditEntry::action)
			.startsWith("EXTENSION_APPROVED", "EXTENSION_REQUESTED");
		assertThat(this.queries.history(hazard.id()).getFirst().changes())
			.contains(new FieldChange("timeLimit", TODAY.plusDays(10).toString(), TODAY.plusDays(30).toString()));
	}

	@Test
	void a_rejection_needs_a_reason_and_leaves_the_time_limit() {
		HazardDetails hazard = registered("驳回延期");
		ExtensionDetails asked = this.extensions.request(HazardService.ENTITY, hazard.id(), hazard.version(), "想延期。",
				TODAY.plusDays(20));
		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.extensions.decide(asked.id(), asked.version(), false, " "))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.containsExactly(FieldError.of("extension.comment", "validation.required")));
		this.extensions.decide(asked.id(), asked.version(), false, "理由不充分，按原时限整改。");
		HazardDetails after = this.queries.get(hazard.id());
		assertThat(after.timeLimit()).isEqualTo(TODAY.plusDays(10));
		assertThat(after.extensions()).singleElement()
			.satisfies(e -> assertThat(e.state()).isEqualTo(ExtensionState.REJECTED));
	}

	@Test
	void only_an_earlier_limit_of_approvals_and_only_while_to_be_rectified() {
		HazardDetails hazard = registered("多次延期");
		assertThatThrownBy(() -> this.extensions.request(HazardService.ENTITY, hazard.id(), hazard.version(), "早于。",
				TODAY.plusDays(5)))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("validation.extension.not-later"));
		LocalDate limit = hazard.timeLimit();
		for (int i = 1; i <= this.properties.maxExtensions(); i++) {
			this.users.login(TestUsers.DEPT_YJJ);
			HazardDetails now = this.queries.get(hazard.id());
			limit = limit.plusDays(10);
			ExtensionDetails asked = this.extensions.request(HazardService.ENTITY, hazard.id(), now.version(),
					"第" + i + "次。", limit);
			this.users.login(TestUsers.STAFF);
			this.extensions.decide(asked.id(), asked.version(), true, "");
		}
		this.users.login(TestUsers.DEPT_YJJ);
		HazardDetails twice = this.queries.get(hazard.id());
		LocalDate later = limit.plusDays(10);
		assertThatThrownBy(
				() -> this.extensions.request(HazardService.ENTITY, hazard.id(), twice.version(), "再次。", later))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("validation.extension.limit"));

		HazardDetails other = registered("报验收后");
		HazardDetails started = this.hazards.start(other.id(), other.version());
		HazardDetails submitted = this.hazards.reportRectified(started.id(), started.version(), "已整改。", List.of());
		assertThatThrownBy(() -> this.extensions.request(HazardService.ENTITY, other.id(), submitted.version(), "晚了。",
				TODAY.plusDays(30)))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("validation.extension.closed"));
	}

	@Test
	void no_other_department_asks_not_even_by_guessing_the_id() {
		HazardDetails hazard = registered("他人隐患");
		this.users.login(TestUsers.DEPT_ZJJ);
		assertThatThrownBy(() -> this.extensions.request(HazardService.ENTITY, hazard.id(), hazard.version(), "替人申请。",
				TODAY.plusDays(30)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.extensions.of(HazardService.ENTITY, hazard.id()))
			.isInstanceOf(NotFoundException.class);
		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.extensions.request(HazardService.ENTITY, hazard.id(), hazard.version(), "员工。",
				TODAY.plusDays(30)))
			.as("staff decide, they do not ask")
			.isInstanceOf(AccessDeniedException.class);
	}

}
