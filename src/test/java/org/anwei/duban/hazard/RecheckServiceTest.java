package org.anwei.duban.hazard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Re-inspection (回头看) through the services: which closed hazards are drawn and when, that
 * a draw is never repeated, who owns and may record an item, and that a rebound found
 * then is registered and linked to the old hazard. Sampling days lie in the future so the
 * hazards closed today fall into the 30–90 day window.
 */
class RecheckServiceTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	HazardQueries queries;

	@Autowired
	RecheckService rechecks;

	@Autowired
	DepartmentService departments;

	private long department(String code) {
		return DirectiveTestData.department(this.departments, code).id();
	}

	/** Registers and closes a hazard as staff. */
	private long closed(HazardCommand command) {
		HazardDetails h = this.hazards.register(command, List.of());
		h = this.hazards.start(h.id(), h.version());
		h = this.hazards.reportRectified(h.id(), h.version(), "已整改。", List.of());
		return this.hazards.accept(h.id(), h.version(), true, "同意销号。", List.of()).id();
	}

	private List<RecheckItem> drawnAmong(Set<Long> hazardIds) {
		return this.rechecks.list(null, PageRequest.of(0, 100_000))
			.stream()
			.filter(r -> hazardIds.contains(r.hazardId()))
			.toList();
	}

	private static String unit(int i) {
		return "回头看测试" + System.nanoTime() + "号" + i + "厂";
	}

	@Test
	void every_major_and_a_share_of_general_closed_hazards_are_drawn_once_within_the_window() {
		this.users.login(TestUsers.STAFF);
		long yjj = department("YJJ");
		long zjj = department("ZJJ");
		List<Long> general = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			general.add(closed(HazardTestData.general(unit(i), yjj, TODAY.minusDays(5), TODAY.plusDays(10))));
		}
		long major = closed(HazardTestData
			.supervisedBy(HazardTestData.major(unit(99), yjj, TODAY.minusDays(5), TODAY.plusDays(10)), zjj));
		Set<Long> mine = new java.util.HashSet<>(general);
		mine.add(major);

		this.rechecks.sample(TODAY.plusDays(10));
		assertThat(drawnAmong(mine)).as("closed only ten days before: too early").isEmpty();

		this.rechecks.sample(TODAY.plusDays(45));
		List<RecheckItem> drawn = drawnAmong(mine);
		assertThat(drawn).filteredOn(r -> r.hazardId() == major).singleElement().satisfies(r -> {
			assertThat(r.ownerDepartmentId()).as("the supervising department looks again").isEqualTo(zjj);
			assertThat(r.status()).isEqualTo(RecheckStatus.PENDING);
			assertThat(r.sampledOn()).isEqualTo(TODAY.plusDays(45));
			assertThat(r.dueOn()).isEqualTo(TODAY.plusDays(45 + 14));
		});
		List<Long> drawnGeneral = drawn.stream().map(RecheckItem::hazardId).filter(general::contains).toList();
		assertThat(drawnGeneral).as("about a fifth of forty").hasSizeBetween(2, 16);
		assertThat(drawn).filteredOn(r -> general.contains(r.hazardId()))
			.allSatisfy(r -> assertThat(r.ownerDepartmentId()).as("no supervisor: the responsible one").isEqualTo(yjj));
		assertThat(drawnGeneral).as("the draw follows the documented hash rule")
			.containsExactlyInAnyOrderElementsOf(
					general.stream().filter(id -> RecheckService.unitInterval(id) < 0.2).toList());

		RecheckRun again = this.rechecks.sample(TODAY.plusDays(46));
		assertThat(drawnAmong(mine)).as("a repeated run draws nothing twice").hasSameSizeAs(drawn);
		assertThat(again.drawn()).isLessThanOrEqualTo(again.candidates());
		this.rechecks.sample(TODAY.plusDays(100));
		assertThat(drawnAmong(mine)).as("past the window").hasSameSizeAs(drawn);

		List<AuditEntry> history = this.queries.history(major);
		assertThat(history.getFirst().action()).isEqualTo("RECHECK_SAMPLED");

		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.rechecks.sample(TODAY)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_owner_records_a_rebound_which_registers_a_linked_hazard_and_others_cannot() {
		this.users.login(TestUsers.STAFF);
		long yjj = department("YJJ");
		long zjj = department("ZJJ");
		// responsible ZJJ, supervised by YJJ: YJJ owns the second look
		long old = closed(HazardTestData
			.supervisedBy(HazardTestData.major(unit(1), zjj, TODAY.minusDays(20), TODAY.plusDays(30)), yjj));
		long ownedByZjj = closed(HazardTestData.major(unit(2), zjj, TODAY.minusDays(20), TODAY.plusDays(30)));
		this.rechecks.sample(TODAY.plusDays(40));
		RecheckItem item = drawnAmong(Set.of(old)).getFirst();
		RecheckItem other = drawnAmong(Set.of(ownedByZjj)).getFirst();

		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(this.rechecks.list(RecheckStatus.PENDING, PageRequest.of(0, 100_000))).extracting(RecheckItem::id)
			.contains(item.id())
			.doesNotContain(other.id());
		assertThatThrownBy(() -> this.rechecks.record(other.id(), other.version(), false, "看过了", List.of()))
			.as("another department's item is not found, even by id")
			.isInstanceOf(NotFoundException.class);

		this.users.login(TestUsers.DEPT_ZJJ);
		assertThat(this.rechecks.list(RecheckStatus.PENDING, PageRequest.of(0, 100_000))).extracting(RecheckItem::id)
			.as("the responsible department sees its hazard's re-inspection")
			.contains(item.id());
		assertThatThrownBy(() -> this.rechecks.record(item.id(), item.version(), false, "整改巩固。", List.of()))
			.as("but does not judge its own rectification")
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("recheck.owner"));

		this.users.login(TestUsers.LEADER);
		assertThatThrownBy(() -> this.rechecks.record(item.id(), item.version(), false, "整改巩固。", List.of()))
			.isInstanceOf(AccessDeniedException.class);

		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.rechecks.record(item.id(), item.version(), true, "  ", List.of()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.containsExactly(FieldError.of("recheck.finding", "validation.required")));
		assertThatThrownBy(() -> this.rechecks.record(item.id(), item.version() + 1, true, "问题再现。", List.of()))
			.isInstanceOf(ConcurrentEditException.class);
		Long rebound = this.rechecks.record(item.id(), item.version(), true, "储罐区报警器再次失效，问题反弹。", List.of());

		assertThat(rebound).isNotNull();
		HazardDetails again = this.queries.get(rebound);
		assertThat(again.reboundOfId()).isEqualTo(old);
		assertThat(again.responsibleDepartmentId()).as("registered for the responsible department").isEqualTo(zjj);
		assertThat(again.description()).isEqualTo("储罐区报警器再次失效，问题反弹。");
		assertThat(again.status()).isEqualTo(HazardStatus.REGISTERED);
		assertThat(again.level()).as("with the old hazard's five assurances").isEqualTo(HazardLevel.MAJOR);
		assertThat(this.rechecks.list(RecheckStatus.REBOUND, PageRequest.of(0, 100_000)))
			.filteredOn(r -> r.id() == item.id())
			.singleElement()
			.satisfies(r -> {
				assertThat(r.reboundHazardId()).isEqualTo(rebound);
				assertThat(r.checkedBy()).isEqualTo(TestUsers.DEPT_YJJ);
				assertThat(r.finding()).isEqualTo("储罐区报警器再次失效，问题反弹。");
			});
		RecheckItem recorded = drawnAmong(Set.of(old)).getFirst();
		assertThatThrownBy(() -> this.rechecks.record(recorded.id(), recorded.version(), false, "再看一次。", List.of()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
				.containsExactly(FieldError.of("recheck.status", "validation.recheck.recorded")));
		assertThat(this.queries.history(old)).first().satisfies(e -> {
			assertThat(e.action()).isEqualTo("RECHECKED");
			assertThat(e.actorUsername()).isEqualTo(TestUsers.DEPT_YJJ);
		});

		this.users.login(TestUsers.STAFF);
		assertThat(this.rechecks.record(other.id(), other.version(), false, "现场复查，整改到位。", List.of())).isNull();
		assertThat(this.rechecks.count(RecheckStatus.HELD)).isPositive();
	}

}
