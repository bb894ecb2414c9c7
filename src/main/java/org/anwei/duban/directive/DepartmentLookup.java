package org.anwei.duban.directive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.anwei.duban.organization.DepartmentRef;
import org.jspecify.annotations.Nullable;

/** The department directory of one request, by id and by current name. */
final class DepartmentLookup {

	private final Map<Long, DepartmentRef> byId = new HashMap<>();

	private final Map<String, DepartmentRef> byName = new HashMap<>();

	DepartmentLookup(List<DepartmentRef> directory) {
		for (DepartmentRef ref : directory) {
			this.byId.put(ref.id(), ref);
			if (ref.active()) {
				this.byName.put(ref.name(), ref);
			}
		}
	}

	Optional<DepartmentRef> byId(@Nullable Long id) {
		return id == null ? Optional.empty() : Optional.ofNullable(this.byId.get(id));
	}

	boolean isActive(long id) {
		DepartmentRef ref = this.byId.get(id);
		return ref != null && ref.active();
	}

	/** The active department the engine matched by name, if any. */
	Optional<DepartmentRef> byName(@Nullable String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(this.byName.get(name));
	}

	@Nullable String nameOf(@Nullable Long id) {
		return byId(id).map(DepartmentRef::name).orElse(null);
	}

}
