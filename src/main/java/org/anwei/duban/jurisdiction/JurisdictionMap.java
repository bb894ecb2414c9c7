package org.anwei.duban.jurisdiction;

import java.time.Instant;
import java.util.List;

/**
 * The jurisdiction's map as last uploaded.
 *
 * @param geoJson a FeatureCollection of the regions' polygons, each named by the property
 * {@value #REGION_NAME} as the ledger's district field names them
 * @param nameProperty the property of the uploaded file the names were read from
 * @param regionNames the regions' names, in the file's order
 */
public record JurisdictionMap(String geoJson, String nameProperty, List<String> regionNames, String fileName,
		Instant uploadedAt, String uploadedBy) {

	/** The feature property that names a region in {@link #geoJson()}. */
	public static final String REGION_NAME = "name";

}
