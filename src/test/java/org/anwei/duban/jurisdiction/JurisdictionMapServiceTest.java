package org.anwei.duban.jurisdiction;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.anwei.duban.IntegrationTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditFilter;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.anwei.duban.jurisdiction.GeoJsonTestData.collection;
import static org.anwei.duban.jurisdiction.GeoJsonTestData.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploading the jurisdiction's map: a good GeoJSON becomes the map in use, reduced to
 * names and shapes; a bad one is refused with every problem named and changes nothing;
 * only administrators upload.
 */
@IntegrationTest
class JurisdictionMapServiceTest {

	@Autowired
	JurisdictionMapService maps;

	@Autowired
	TestUsers users;

	@Autowired
	AuditTrail auditTrail;

	@AfterEach
	void signOut() {
		TestUsers.logout();
	}

	@Test
	void a_good_map_is_in_use_at_once_with_only_names_and_shapes_kept() {
		this.users.login(TestUsers.ADMIN);
		JurisdictionMap uploaded = this.maps.upload("县界.geojson",
				collection(region("NAME", "城东区", 120.2, 30.27), region("NAME", "城西区", 120.1, 30.27)), "NAME");

		assertThat(uploaded.regionNames()).containsExactly("城东区", "城西区");
		assertThat(uploaded.nameProperty()).isEqualTo("NAME");
		assertThat(uploaded.uploadedBy()).isEqualTo(TestUsers.ADMIN);
		assertThat(uploaded.geoJson()).contains("\"name\":\"城东区\"", "Polygon")
			.doesNotContain("adcode", "onerror", "NAME");
		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(this.maps.current()).hasValueSatisfying(m -> {
			assertThat(m.fileName()).isEqualTo("县界.geojson");
			assertThat(m.regionNames()).containsExactly("城东区", "城西区");
		});
		this.users.login(TestUsers.ADMIN);
		assertThat(this.auditTrail.search(new AuditFilter("JURISDICTION_MAP", TestUsers.ADMIN, "UPLOADED", null, null),
				PageRequest.of(0, 5)))
			.anySatisfy(e -> assertThat(e.summary()).isEqualTo("县界.geojson (2)"));
	}

	@Test
	void a_multipolygon_map_in_gb18030_is_read_too() {
		this.users.login(TestUsers.ADMIN);
		String multi = """
				{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"临江县"},
				 "geometry":{"type":"MultiPolygon","coordinates":[[[[120.3,30.3],[120.4,30.3],[120.4,30.4],[120.3,30.3]]],
				 [[[120.5,30.3],[120.6,30.3],[120.6,30.4],[120.5,30.3]]]]}}]}
				""";
		JurisdictionMap uploaded = this.maps.upload("gbk.json", multi.getBytes(Charset.forName("GB18030")), "名称");
		assertThat(uploaded.regionNames()).containsExactly("临江县");
	}

	@Test
	void a_bad_file_names_every_problem_and_leaves_the_map_in_use() {
		this.users.login(TestUsers.ADMIN);
		JurisdictionMap inUse = this.maps.upload("good.geojson", collection(region("name", "高新区", 120.18, 30.2)),
				"name");

		assertRefused(this.maps, "not json".getBytes(StandardCharsets.UTF_8), "name", "validation.map.not-json");
		assertRefused(this.maps, "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8), "name",
				"validation.map.not-feature-collection");
		assertRefused(this.maps, collection(), "name", "validation.map.no-features");
		String point = "{\"type\":\"Feature\",\"properties\":{\"name\":\"某点\"},"
				+ "\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.1,30.2]}}";
		String outOfRange = region("name", "越界区", 200, 30.2);
		ValidationException refused = assertRefused(
				this.maps, collection(region("name", "城东区", 120.2, 30.27), point, outOfRange,
						region("name", "城东区", 120.3, 30.3), region("xzqh", "无名区", 120.1, 30.1)),
				"name", "validation.map.geometry");
		assertThat(refused.errors()).extracting(FieldError::messageKey)
			.containsExactlyInAnyOrder("validation.map.geometry", "validation.map.coordinates",
					"validation.map.no-name", "validation.map.duplicate-names");
		assertThat(refused.errors()).filteredOn(e -> e.messageKey().equals("validation.map.no-name"))
			.singleElement()
			.satisfies(e -> assertThat(e.arguments()).containsExactly(5, "name", "xzqh, adcode, note"));
		assertThat(refused.errors()).filteredOn(e -> e.messageKey().equals("validation.map.geometry"))
			.singleElement()
			.satisfies(e -> assertThat(e.arguments()).containsExactly(2, "Point"));
		assertRefused(this.maps, collection(region("name", "城东区", 120.2, 30.27)), " ", "validation.required");

		assertThat(this.maps.current()).hasValueSatisfying(m -> {
			assertThat(m.fileName()).isEqualTo("good.geojson");
			assertThat(m.regionNames()).isEqualTo(inUse.regionNames());
		});
	}

	@Test
	void a_file_larger_than_the_limit_is_refused_before_it_is_read() {
		this.users.login(TestUsers.ADMIN);
		byte[] large = new byte[(int) this.maps.settings().maxGeoJsonSize().toBytes() + 1];
		assertRefused(this.maps, large, "name", "validation.map.too-large");
	}

	@Test
	void only_administrators_upload_and_only_signed_in_users_read() {
		byte[] map = collection(region("name", "城东区", 120.2, 30.27));
		for (String user : List.of(TestUsers.STAFF, TestUsers.DEPT_YJJ, TestUsers.LEADER)) {
			this.users.login(user);
			assertThatThrownBy(() -> this.maps.upload("x.geojson", map, "name")).as(user)
				.isInstanceOf(AccessDeniedException.class);
		}
		TestUsers.logout();
		assertThatThrownBy(() -> this.maps.current()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	private static ValidationException assertRefused(JurisdictionMapService maps, byte[] content, String nameProperty,
			String messageKey) {
		try {
			maps.upload("bad.geojson", content, nameProperty);
		}
		catch (ValidationException ex) {
			assertThat(ex.errors()).extracting(FieldError::messageKey).contains(messageKey);
			return ex;
		}
		throw new AssertionError("accepted a file with " + messageKey);
	}

}
