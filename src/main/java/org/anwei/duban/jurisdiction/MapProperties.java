package org.anwei.duban.jurisdiction;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the maps ({@code anwei.map.*}).
 *
 * @param tileUrl a tile server's URL template ({@code {z}/{x}/{y}}) for a background
 * layer; none by default, so maps work without internet. Its origin is added to the
 * Content-Security-Policy's images.
 * @param tileAttribution the credit the tile server asks to show
 * @param maxGeoJsonSize the largest GeoJSON an administrator may upload (simplified
 * boundaries of a city's districts take a few hundred KB)
 * @param maxMarkers the most records one map shows as markers (newest first)
 */
@ConfigurationProperties("anwei.map")
public record MapProperties(@Nullable String tileUrl, @Nullable String tileAttribution, DataSize maxGeoJsonSize,
		int maxMarkers) {

	public MapProperties {
		if (maxGeoJsonSize == null) {
			maxGeoJsonSize = DataSize.ofMegabytes(5);
		}
		if (maxMarkers <= 0) {
			maxMarkers = 3000;
		}
	}

}
