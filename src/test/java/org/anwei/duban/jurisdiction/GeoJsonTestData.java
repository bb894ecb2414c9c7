package org.anwei.duban.jurisdiction;

import java.nio.charset.StandardCharsets;

/** Small GeoJSON maps for tests, written for them. */
public final class GeoJsonTestData {

	private GeoJsonTestData() {
	}

	/** A region as a square around a point, with properties as data portals give them. */
	public static String region(String nameProperty, String name, double lng, double lat) {
		return """
				{"type":"Feature","properties":{"%s":"%s","adcode":330102,"note":"<img src=x onerror=alert(1)>"},
				 "geometry":{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}
				""".formatted(nameProperty, name, lng - 0.05, lat - 0.05, lng + 0.05, lat - 0.05, lng + 0.05,
				lat + 0.05, lng - 0.05, lat + 0.05, lng - 0.05, lat - 0.05);
	}

	public static byte[] collection(String... features) {
		return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
