package org.anwei.duban.hazard;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestImages;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.UnifiedCreditCode;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.supervision.EscalationLevel;
import org.anwei.duban.supervision.NoticeSummary;
import org.anwei.duban.supervision.ReminderService;
import org.anwei.duban.supervision.SupervisionService;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hazard's life on the ledger through the services, each step as the role that takes
 * it: registered by a liaison with a photo during an unannounced visit, rectified, failed
 * at acceptance, fixed, accepted and closed out; later a new hazard at the same unit is a
 * rebound. Department scope is attacked by id.
 */
class HazardServiceTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	HazardQueries queries;

	@Autowired
	DepartmentService departments;

	@Autowired
	ReminderService reminders;

	@Autowired
	SupervisionService supervision;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries taskQueries;

	private long yjj() {
		return DirectiveTestData.department(this.departments, "YJJ").id();
	}

	private long zjj() {
		return DirectiveTestData.department(this.departments, "ZJJ").id();
	}

	private static String unique(String name) {
		return name + Long.toString(System.nanoTime(), 36);
	}

	private static List<Upload> photo(String name, Color colour) {
		return List.of(new Upload(name, TestImages.png(64, 48, colour)));
	}

	@Test
	void a_hazard_is_registered_rectified_refused_fixed_accepted_and_closed_out_then_rebounds() {
		String unit = unique("城东化工有限公司");
		this.users.login(TestUsers.DEPT_YJJ);
		HazardDetails registered = this.hazards.register(
				HazardTestData.general(unit, yjj(), TODAY.minusDays(2), TODAY.plusDays(20)),
				photo("现场.png", Color.RED));
		assertThat(registered.number()).matches("YH-" + TODAY.minusDays(2).getYear() + "-\\d{6}");
		assertThat(registered.status()).isEqualTo(HazardStatus.REGISTERED);
		assertThat(registered.photos()).singleElement().satisfies(p -> {
			assertThat(p.phase()).isEqualTo(PhotoPhase.BEFORE);
			assertThat(p.isImage()).isTrue();
		});
		assertThat(this.queries.photo(registered.id(), registered.photos().getFirst().id(), true)).isNotEmpty();

		HazardDetails rectifying = this.hazards.start(registered.id(), registered.version());
		HazardDetails submitted = this.hazards.reportRectified(rectifying.id(), rectifying.version(), "已更换报警器。",
				photo("整改后.png", Color.GREEN));
		assertThat(submitted.status()).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
		long version = submitted.version();
		assertThatThrownBy(() -> this.hazards.accept(submitted.id(), version, true, "", List.of()))
			.as("a liaison cannot accept their own rectification")
			.isInstanceOf(AccessDeniedException.class);

		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.hazards.accept(submitted.id(), version, false, " ", List.of()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.containsExactly(FieldError.of("hazard.conclusion", "validation.required")));
		HazardDetails failed = this.hazards.accept(submitted.id(), version, false, "警示标志未设置。", List.of());
		assertThat(failed.status()).isEqualTo(HazardStatus.RECTIFYING);
		assertThat(failed.acceptances()).singleElement().satisfies(a -> {
			assertThat(a.passed()).isFalse();
			assertThat(a.conclusion()).isEqualTo("警示标志未设置。");
			assertThat(a.acceptedBy()).isEqualTo(TestUsers.STAFF);
		});

		this.users.login(TestUsers.DEPT_YJJ);
		HazardDetails again = this.hazards.reportRectified(failed.id(), failed.version(), "已设置警示标志。",
				photo("标志.png", Color.BLUE));
		this.users.login(TestUsers.STAFF);
		HazardDetails closed = this.hazards.accept(again.id(), again.version(), true, "现场核查合格。", List.of());
		assertThat(closed.status()).isEqualTo(HazardStatus.CLOSED);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closed.photos()).extracting(PhotoSummary::phase)
			.containsExactly(PhotoPhase.BEFORE, PhotoPhase.AFTER, PhotoPhase.AFTER);
		assertThat(this.queries.history(closed.id())).extracting(AuditEntry::action)
			.as("newest first")
			.containsExactly("ACCEPTED", "RECTIFIED", "ACCEPTANCE_FAILED", "RECTIFIED", "RECTIFICATION_STARTED",
					"REGISTERED");
		assertThatThrownBy(() -> this.hazards.update(closed.id(), closed.version(),
				HazardTestData.general(unit, yjj(), TODAY, TODAY.plusDays(3))))
			.isInstanceOf(ValidationException.class);

		this.users.login(TestUsers.DEPT_YJJ);
		HazardDetails rebound = this.hazards
			.register(HazardTestData.general("（" + unit + "）", yjj(), TODAY, TODAY.plusDays(10)), List.of());
		assertThat(rebound.reboundOfId()).as("same unit, same type, soon after close-out").isEqualTo(closed.id());
		assertThat(rebound.reboundOfNumber()).isEqualTo(closed.number());
		HazardFilter rebounds = new HazardFilter(unit, null, null, null, null, null, null, false, true, null, null);
		assertThat(this.queries.list(rebounds, PageRequest.of(0, 10))).extracting(HazardListItem::id)
			.containsExactly(rebound.id());
	}

	@Test
	void departments_register_and_rectify_their_own_hazards_only_and_cannot_see_others_by_id() {
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.hazards
			.register(HazardTestData.general(unique("住建工地"), zjj(), TODAY, TODAY.plusDays(5)), List.of()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.contains(FieldError.of("hazard.responsibleDepartment", "validation.hazard.own-department-only")));

		this.users.login(TestUsers.STAFF);
		HazardDetails zjjHazard = this.hazards
			.register(HazardTestData.general(unique("住建工地"), zjj(), TODAY, TODAY.plusDays(5)), List.of());
		long id = zjjHazard.id();
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.queries.get(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.queries.history(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.hazards.start(id, zjjHazard.version())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.supervision.notices(HazardService.ENTITY, id))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.queries.list(HazardFilter.none(), PageRequest.of(0, 500))).extracting(HazardListItem::id)
			.doesNotContain(id);

		this.users.login(TestUsers.LEADER);
		assertThatThrownBy(() -> this.hazards.start(id, zjjHazard.version())).isInstanceOf(AccessDeniedException.class);
		this.users.login(TestUsers.DEPT_ZJJ);
		HazardDetails started = this.hazards.start(id, zjjHazard.version());
		assertThatThrownBy(() -> this.hazards.start(id, zjjHazard.version()))
			.as("a stale version is a conflict, not a silent overwrite")
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(started.status()).isEqualTo(HazardStatus.RECTIFYING);
	}

	@Test
	void a_major_hazard_needs_all_five_assurances_and_a_listing_number_each_named() {
		this.users.login(TestUsers.STAFF);
		HazardCommand incomplete = HazardTestData
			.majorWithoutFiveAssurances(HazardTestData.general(unique("重大"), yjj(), TODAY, TODAY.plusDays(30)));
		assertThatThrownBy(() -> this.hazards.register(incomplete, List.of())).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors()).containsExactlyInAnyOrder(
						FieldError.of("hazard.rectificationOwner", "validation.hazard.major-required"),
						FieldError.of("hazard.measures", "validation.hazard.major-required"),
						FieldError.of("hazard.funds", "validation.hazard.major-required"),
						FieldError.of("hazard.emergencyPlan", "validation.hazard.major-required"),
						FieldError.of("hazard.listingDocument", "validation.hazard.listing-document")));
		HazardDetails major = this.hazards
			.register(HazardTestData.major(unique("重大"), yjj(), TODAY, TODAY.plusDays(30)), List.of());
		assertThat(major.level()).isEqualTo(HazardLevel.MAJOR);
		assertThat(major.listingLevel()).isEqualTo(ListingLevel.CITY);
	}

	@Test
	void credit_codes_are_checked_by_their_check_character_and_stored_normalized() {
		this.users.login(TestUsers.STAFF);
		String first17 = "91330100MA2B3C4D5";
		String valid = first17 + UnifiedCreditCode.checkCharacter(first17);
		char wrong = valid.charAt(17) == '0' ? '1' : '0';
		HazardCommand base = HazardTestData.general(unique("信用代码"), yjj(), TODAY, TODAY.plusDays(9));
		assertThatThrownBy(() -> this.hazards.register(HazardTestData.withCreditCode(base, first17 + wrong), List.of()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.containsExactly(FieldError.of("hazard.creditCode", "validation.hazard.credit-code")));
		HazardDetails saved = this.hazards.register(
				HazardTestData.withCreditCode(base, " " + valid.toLowerCase(java.util.Locale.ROOT) + " "), List.of());
		assertThat(saved.creditCode()).isEqualTo(valid);
	}

	@Test
	void overdue_hazards_are_reminded_and_escalated_like_tasks_with_numbered_notices() {
		this.users.login(TestUsers.STAFF);
		LocalDate limit = TODAY.plusDays(5);
		HazardDetails hazard = this.hazards.register(HazardTestData.general(unique("逾期隐患"), yjj(), TODAY, limit),
				List.of());
		this.reminders.runFor(limit.plusDays(8));
		List<NoticeSummary> notices = this.supervision.notices(HazardService.ENTITY, hazard.id());
		assertThat(notices).extracting(NoticeSummary::level).containsExactly(EscalationLevel.YELLOW);
		assertThat(this.queries.get(hazard.id()).escalationLevel()).isEqualTo(EscalationLevel.YELLOW);
		byte[] pdf = this.supervision.noticeFile(HazardService.ENTITY, hazard.id(), notices.getFirst().id(), true);
		assertThat(pdf).isNotEmpty();

		HazardDetails current = this.queries.get(hazard.id());
		this.supervision.urge(HazardService.ENTITY, hazard.id(), current.version(), "请三日内整改到位。");
		assertThat(this.queries.get(hazard.id()).urgeCount()).isEqualTo(1);
		HazardFilter overdue = new HazardFilter(hazard.number(), null, null, null, null, null, null, true, false, null,
				null);
		assertThat(this.queries.count(overdue)).as("not overdue yet by today's date").isZero();
	}

	@Test
	void a_rectification_task_carries_the_hazard_to_acceptance_when_the_task_is_accepted() {
		this.users.login(TestUsers.STAFF);
		HazardDetails hazard = this.hazards
			.register(HazardTestData.general(unique("整改任务"), yjj(), TODAY, TODAY.plusDays(15)), List.of());
		HazardDetails withTask = this.hazards.createTask(hazard.id(), hazard.version());
		assertThat(withTask.status()).isEqualTo(HazardStatus.RECTIFYING);
		long taskId = java.util.Objects.requireNonNull(withTask.taskId());
		assertThatThrownBy(() -> this.hazards.createTask(withTask.id(), withTask.version()))
			.isInstanceOf(ValidationException.class);

		this.users.login(TestUsers.DEPT_YJJ);
		this.tasks.sign(taskId, this.taskQueries.get(taskId).version());
		this.tasks.submit(taskId, this.taskQueries.get(taskId).version(), "已整改完毕。", List.of());
		this.users.login(TestUsers.STAFF);
		this.tasks.accept(taskId, this.taskQueries.get(taskId).version(), "");
		assertThat(this.taskQueries.get(taskId).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.queries.get(hazard.id()).status()).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
	}

	@Test
	void a_leader_reads_overseen_departments_hazards_and_leaves_an_instruction_in_the_timeline() {
		this.users.login(TestUsers.STAFF);
		HazardDetails hazard = this.hazards
			.register(HazardTestData.general(unique("批示"), yjj(), TODAY, TODAY.plusDays(15)), List.of());
		this.users.login(TestUsers.LEADER);
		this.hazards.instruct(hazard.id(), "务必在汛期前整改到位。");
		assertThat(this.queries.history(hazard.id())).extracting(AuditEntry::action).contains("INSTRUCTED");
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.hazards.instruct(hazard.id(), "x")).isInstanceOf(AccessDeniedException.class);
	}

}
