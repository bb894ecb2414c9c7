package org.anwei.duban.hazard.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardStatus;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.hazard.StatisticsDimension;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures page: settings from the URL, and a distribution cell drilling into the
 * ledger.
 */
class HazardStatisticsUiTest extends KaribuTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	DepartmentService departments;

	@Test
	void a_distribution_cell_opens_the_ledger_filtered_the_same_way() {
		this.users.login(TestUsers.STAFF);
		this.hazards.register(
				HazardTestData.general("统计页面" + System.nanoTime(),
						DirectiveTestData.department(this.departments, "YJJ").id(), TODAY, TODAY.plusDays(9)),
				List.of());
		login(TestUsers.STAFF, "hazards");
		_click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("hazard-statistics")));
		login(TestUsers.STAFF, "hazards/statistics?by=LEVEL&status=REGISTERED&month=" + YearMonth.from(TODAY));
		HazardStatisticsView view = _get(HazardStatisticsView.class);
		assertThat(view.by.getValue()).isEqualTo(StatisticsDimension.LEVEL);
		assertThat(view.status.getValue()).isEqualTo(HazardStatus.REGISTERED);
		assertThat(view.shownMonthly()).anySatisfy(f -> {
			assertThat(f.key().parameter()).isEqualTo("GENERAL");
			assertThat(f.found()).isPositive();
		});
		LevelRow east = view.shownDistricts()
			.stream()
			.filter(r -> r.key().parameter().equals("城东区"))
			.findFirst()
			.orElseThrow();
		assertThat(east.general()).isPositive();

		UI.getCurrent().navigate(view.drill(StatisticsDimension.DISTRICT, east.key(), HazardLevel.GENERAL));
		HazardListView ledger = _get(HazardListView.class);
		assertThat(ledger.district.getValue()).isEqualTo("城东区");
		assertThat(ledger.level.getValue()).isEqualTo(HazardLevel.GENERAL);
		assertThat(ledger.status.getValue()).isEqualTo(HazardStatus.REGISTERED);
		assertThat(ledger.count()).as("the cell's number is the ledger's count").isEqualTo(east.general());
	}

}
