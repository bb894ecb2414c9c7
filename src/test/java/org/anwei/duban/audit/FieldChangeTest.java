package org.anwei.duban.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anwei.duban.audit.internal.ChangesJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldChangeTest {

	@Test
	void lists_only_the_fields_that_changed_with_old_and_new_values() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("name", "市安监局");
		before.put("aliases", List.of("安监局"));
		before.put("phone", "");
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("name", "市应急管理局");
		after.put("aliases", List.of("安监局", "应急局"));

		assertThat(FieldChange.between(before, after)).containsExactly(new FieldChange("name", "市安监局", "市应急管理局"),
				new FieldChange("aliases", "安监局", "安监局、应急局"));
	}

	@Test
	void a_creation_lists_every_non_empty_field_and_survives_the_json_round_trip() {
		List<FieldChange> changes = FieldChange.between(null, Map.of("code", "YJJ", "note", ""));
		assertThat(changes).containsExactly(new FieldChange("code", null, "YJJ"));
		assertThat(ChangesJson.read(ChangesJson.write(changes))).isEqualTo(changes);
	}

}
