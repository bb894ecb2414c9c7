package org.anwei.duban.hazard.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ui.map.RegionMap;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardLevel;
import org.anwei.duban.hazard.HazardService;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.jurisdiction.JurisdictionMapService;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.anwei.duban.jurisdiction.GeoJsonTestData.collection;
import static org.anwei.duban.jurisdiction.GeoJsonTestData.region;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution map: filters from the address, the regions shaded and the hazards
 * marked within the user's scope, a district opening the ledger filtered the same way and
 * a marker opening its hazard.
 */
class HazardMapUiTest extends KaribuTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	HazardService hazards;

	@Autowired
	JurisdictionMapService maps;

	@Autowired
	DepartmentService departments;

	private HazardDetails hazard;

	@BeforeEach
	void aMapOfTwoDistrictsAndAHazardInOne() {
		this.users.login(TestUsers.ADMIN);
		this.maps.upload("two.geojson",
				collection(region("name", "城东区", 120.21, 30.27), region("name", "城西区", 120.09, 30.27)), "name");
		this.users.login(TestUsers.STAFF);
		this.hazard = this.hazards.register(
				HazardTestData.general("分布图" + System.nanoTime(),
						DirectiveTestData.department(this.departments, "YJJ").id(), TODAY, TODAY.plusDays(9)),
				List.of());
	}

	@Test
	void the_map_shades_districts_marks_hazards_and_drills_into_the_ledger() {
		login(TestUsers.STAFF, "hazards/map?level=GENERAL");
		HazardMapView view = _get(HazardMapView.class);
		assertThat(view.level.getValue()).isEqualTo(HazardLevel.GENERAL);
		assertThat(view.open.getValue()).as("open hazards by default").isTrue();
		assertThat(markers(view)).contains("\"id\":" + this.hazard.id() + ",");
		assertThat(view.map.getElement().getProperty("regions")).contains("城东区", "\"geoJson\":{");
		assertThat(view.regionNote.getText()).as("configured districts the map lacks")
			.contains("高新区", "临江县", "青山县")
			.doesNotContain("城东区");
		assertThat(view.legend.getChildren().count()).as("shades, steps and the major ring").isGreaterThan(5);

		ComponentUtil.fireEvent(view.map, new RegionMap.RegionClickEvent(view.map, true, "城东区"));
		HazardListView ledger = _get(HazardListView.class);
		assertThat(ledger.district.getValue()).isEqualTo("城东区");
		assertThat(ledger.level.getValue()).isEqualTo(HazardLevel.GENERAL);
		assertThat(ledger.open.getValue()).isTrue();
		assertThat(ledger.shown()).extracting(h -> h.id()).contains(this.hazard.id());

		login(TestUsers.STAFF, "hazards/map");
		view = _get(HazardMapView.class);
		ComponentUtil.fireEvent(view.map, new RegionMap.MarkerClickEvent(view.map, true, this.hazard.id()));
		assertThat(_get(HazardView.class).current().id()).isEqualTo(this.hazard.id());
	}

	@Test
	void filters_off_by_default_are_kept_in_the_address_too() {
		login(TestUsers.STAFF, "hazards/map?open=false&overdue=true");
		HazardMapView view = _get(HazardMapView.class);
		assertThat(view.open.getValue()).isFalse();
		assertThat(view.overdue.getValue()).isTrue();
		assertThat(markers(view)).as("not overdue").doesNotContain("\"id\":" + this.hazard.id() + ",");
	}

	@Test
	void another_department_sees_neither_the_marker_nor_the_count() {
		login(TestUsers.DEPT_ZJJ, "hazards/map");
		HazardMapView view = _get(HazardMapView.class);
		assertThat(view.department.isVisible()).isFalse();
		assertThat(markers(view)).doesNotContain("\"id\":" + this.hazard.id() + ",");
		login(TestUsers.DEPT_YJJ, "hazards/map");
		assertThat(markers(_get(HazardMapView.class))).contains("\"id\":" + this.hazard.id() + ",");
	}

	private static String markers(HazardMapView view) {
		return view.map.getElement().getProperty("markers", "");
	}

}
