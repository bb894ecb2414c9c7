package org.anwei.duban.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hazards a map marks: those with coordinates that the filter selects, newest first,
 * capped, within the caller's department scope.
 */
class HazardLocationsTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	HazardLocations locations;

	@Autowired
	DepartmentService departments;

	@Test
	void located_hazards_of_the_filter_newest_first_within_the_callers_departments() {
		long yjj = DirectiveTestData.department(this.departments, "YJJ").id();
		long zjj = DirectiveTestData.department(this.departments, "ZJJ").id();
		String marker = "定位" + Long.toString(System.nanoTime(), 36);
		this.users.login(TestUsers.STAFF);
		HazardDetails older = this.hazards
			.register(HazardTestData.general(marker + "化工厂", yjj, TODAY.minusDays(5), TODAY.minusDays(1)), List.of());
		HazardDetails newer = this.hazards
			.register(HazardTestData.general(marker + "工地", zjj, TODAY.minusDays(2), TODAY.plusDays(9)), List.of());
		HazardCommand unlocated = HazardTestData.general(marker + "无坐标", yjj, TODAY, TODAY.plusDays(9));
		this.hazards.register(new HazardCommand(unlocated.foundOn(), unlocated.source(), unlocated.unitName(), null,
				unlocated.industry(), unlocated.district(), null, unlocated.address(), null, null,
				unlocated.description(), unlocated.level(), unlocated.type(), yjj, null, null, null, null,
				unlocated.timeLimit(), null, null, null, null), List.of());
		HazardFilter all = new HazardFilter(marker, null, null, null, null, null, null, false, false, null, null);

		assertThat(this.locations.points(all, 10)).extracting(HazardPoint::id).containsExactly(newer.id(), older.id());
		assertThat(this.locations.count(all)).isEqualTo(2);
		assertThat(this.locations.points(all, 1)).extracting(HazardPoint::id).containsExactly(newer.id());
		assertThat(this.locations.points(all, 10)).filteredOn(p -> p.id() == older.id())
			.singleElement()
			.satisfies(p -> {
				assertThat(p.overdue()).isTrue();
				assertThat(p.latitude()).isEqualTo(new BigDecimal("30.251234").doubleValue());
				assertThat(p.longitude()).isEqualTo(new BigDecimal("120.161234").doubleValue());
				assertThat(p.status()).isEqualTo(HazardStatus.REGISTERED);
			});

		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(this.locations.points(all, 10)).extracting(HazardPoint::id).containsExactly(older.id());
		assertThat(this.locations.count(all)).isEqualTo(1);
	}

	@Test
	void open_only_leaves_out_what_is_closed_out() {
		long yjj = DirectiveTestData.department(this.departments, "YJJ").id();
		String marker = "销号定位" + Long.toString(System.nanoTime(), 36);
		this.users.login(TestUsers.STAFF);
		HazardDetails h = this.hazards
			.register(HazardTestData.general(marker, yjj, TODAY.minusDays(3), TODAY.plusDays(9)), List.of());
		h = this.hazards.start(h.id(), h.version());
		h = this.hazards.reportRectified(h.id(), h.version(), "已更换报警器。", List.of());
		h = this.hazards.accept(h.id(), h.version(), true, "现场复核合格。", List.of());
		assertThat(h.status()).isEqualTo(HazardStatus.CLOSED);

		HazardFilter any = new HazardFilter(marker, null, null, null, null, null, null, false, false, null, null);
		HazardFilter open = new HazardFilter(marker, null, null, null, null, null, null, false, false, null, null,
				true);
		assertThat(this.locations.points(any, 10)).extracting(HazardPoint::status).containsExactly(HazardStatus.CLOSED);
		assertThat(this.locations.points(open, 10)).isEmpty();
		assertThat(this.locations.count(open)).isZero();
	}

}
