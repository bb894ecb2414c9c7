package org.anwei.duban.audit.internal;

import java.util.List;

import org.anwei.duban.audit.FieldChange;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores field changes as a small JSON array, readable in the database without the
 * application.
 */
public final class ChangesJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {
	};

	private ChangesJson() {
	}

	public static @Nullable String write(List<FieldChange> changes) {
		return changes.isEmpty() ? null : JSON.writeValueAsString(changes);
	}

	public static List<FieldChange> read(@Nullable String json) {
		return json == null || json.isBlank() ? List.of() : JSON.readValue(json, LIST);
	}

}
