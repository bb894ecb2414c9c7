package org.anwei.duban.jurisdiction.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.anwei.duban.jurisdiction.GeoJsonTestData.collection;
import static org.anwei.duban.jurisdiction.GeoJsonTestData.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's map page: upload, what is in use, refusals in plain words. */
class JurisdictionMapUiTest extends KaribuTest {

	@Test
	void an_administrator_uploads_a_map_and_sees_it_in_use() {
		login(TestUsers.ADMIN, "admin/map");
		JurisdictionMapView view = _get(JurisdictionMapView.class);
		view.nameProperty.setValue("区县");
		view.upload("区县边界.geojson", collection(region("区县", "城东区", 120.21, 30.27), region("区县", "高新区", 120.18, 30.2)));

		assertThat(view.errors.getText()).isEmpty();
		assertThat(view.current.getText()).contains("区县边界.geojson", "admin", "城东区、高新区");
		assertThat(view.map.isVisible()).isTrue();
		assertThat(view.map.getElement().getProperty("regions")).contains("高新区");
	}

	@Test
	void a_refused_file_is_explained_and_the_map_in_use_stays() {
		login(TestUsers.ADMIN, "admin/map");
		JurisdictionMapView view = _get(JurisdictionMapView.class);
		view.upload("城区.geojson", collection(region("name", "城西区", 120.09, 30.27)));
		view.upload("坏文件.geojson", "{\"type\":\"FeatureCollection\"".getBytes(StandardCharsets.UTF_8));

		assertThat(view.errors.getText()).startsWith("地图未更换").contains("GeoJSON 文件不是有效的 JSON");
		assertThat(view.current.getText()).contains("城区.geojson");

		view.nameProperty.setValue("NAME");
		view.upload("无名.geojson", collection(region("name", "城西区", 120.09, 30.27)));
		assertThat(view.errors.getText()).contains("第 1 个区域没有名称属性“NAME”", "name, adcode, note");
	}

	@Test
	void only_administrators_open_the_page() {
		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> UI.getCurrent().navigate("admin/map")).hasMessageContaining("Access is denied");
	}

}
