package org.anwei.duban.jurisdiction.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an uploaded GeoJSON of the jurisdiction's regions: a FeatureCollection of Polygon
 * or MultiPolygon features in longitude/latitude, each named by the chosen property,
 * names unique. What is kept is only each feature's name and geometry, under the property
 * {@value #NAME}, so nothing else in the file reaches a browser.
 */
public final class GeoJsonRegions {

	/** The property that names a region in the stored map. */
	public static final String NAME = org.anwei.duban.jurisdiction.JurisdictionMap.REGION_NAME;

	/** The field the upload's errors are reported on. */
	public static final String FILE = "jurisdiction.file";

	public static final String NAME_PROPERTY = "jurisdiction.nameProperty";

	/** As long as the ledger's district field. */
	static final int MAX_NAME = 50;

	static final int MAX_REGIONS = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String geoJson;

	private final List<String> names;

	private GeoJsonRegions(String geoJson, List<String> names) {
		this.geoJson = geoJson;
		this.names = names;
	}

	/** The regions of the file, or every problem found, each naming the feature. */
	public static GeoJsonRegions read(byte[] content, String nameProperty) {
		if (nameProperty.isBlank()) {
			throw ValidationException.of(NAME_PROPERTY, "validation.required");
		}
		if (content.length == 0) {
			throw ValidationException.of(FILE, "validation.map.empty");
		}
		JsonNode root;
		try {
			root = JSON.readTree(text(content));
		}
		catch (JacksonException ex) {
			throw ValidationException.of(FILE, "validation.map.not-json", ex.getOriginalMessage());
		}
		if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
				|| !root.path("features").isArray()) {
			throw ValidationException.of(FILE, "validation.map.not-feature-collection");
		}
		JsonNode features = root.path("features");
		if (features.isEmpty()) {
			throw ValidationException.of(FILE, "validation.map.no-features");
		}
		if (features.size() > MAX_REGIONS) {
			throw ValidationException.of(FILE, "validation.map.too-many-regions", features.size(), MAX_REGIONS);
		}
		return collect(features, nameProperty.strip());
	}

	private static GeoJsonRegions collect(JsonNode features, String nameProperty) {
		List<FieldError> errors = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		Set<String> duplicates = new TreeSet<>();
		ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
		ArrayNode kept = collection.putArray("features");
		for (int i = 0; i < features.size(); i++) {
			JsonNode feature = features.get(i);
			int number = i + 1;
			JsonNode geometry = feature.path("geometry");
			String type = geometry.path("type").asString("");
			if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
				errors.add(FieldError.of(FILE, "validation.map.geometry", number, type.isEmpty() ? "-" : type));
				continue;
			}
			if (!validCoordinates(geometry.path("coordinates"), type.equals("Polygon") ? 2 : 3)) {
				errors.add(FieldError.of(FILE, "validation.map.coordinates", number));
				continue;
			}
			String name = feature.path("properties").path(nameProperty).asString("").strip();
			if (name.isEmpty()) {
				errors.add(FieldError.of(NAME_PROPERTY, "validation.map.no-name", number, nameProperty,
						propertiesOf(feature)));
				continue;
			}
			if (name.length() > MAX_NAME) {
				errors.add(FieldError.of(FILE, "validation.map.long-name", number, MAX_NAME));
				continue;
			}
			if (!names.add(name)) {
				duplicates.add(name);
			}
			ObjectNode region = kept.addObject().put("type", "Feature");
			region.putObject("properties").put(NAME, name);
			region.set("geometry", geometry);
		}
		if (!duplicates.isEmpty()) {
			errors.add(FieldError.of(FILE, "validation.map.duplicate-names", String.join("、", duplicates)));
		}
		ValidationException.throwIfAny(errors);
		return new GeoJsonRegions(JSON.writeValueAsString(collection), List.copyOf(names));
	}

	/**
	 * Nested arrays to the depth of the geometry type (polygons of rings of positions)
	 * ending in [longitude, latitude] positions within their ranges, rings of at least
	 * four positions.
	 */
	private static boolean validCoordinates(JsonNode node, int depth) {
		if (!node.isArray() || node.isEmpty()) {
			return false;
		}
		if (depth == 1) {
			return node.size() >= 4 && allPositions(node);
		}
		for (JsonNode child : node) {
			if (!validCoordinates(child, depth - 1)) {
				return false;
			}
		}
		return true;
	}

	private static boolean allPositions(JsonNode ring) {
		for (JsonNode position : ring) {
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				return false;
			}
			double longitude = position.get(0).asDouble();
			double latitude = position.get(1).asDouble();
			if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
				return false;
			}
		}
		return true;
	}

	private static String propertiesOf(JsonNode feature) {
		List<String> properties = new ArrayList<>(feature.path("properties").propertyNames());
		return properties.isEmpty() ? "-" : String.join(", ", properties);
	}

	/** UTF-8 as GeoJSON requires, a leading byte-order mark ignored; else GB18030. */
	private static String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("GB18030"));
		}
	}

	public String geoJson() {
		return this.geoJson;
	}

	public List<String> names() {
		return this.names;
	}

}
