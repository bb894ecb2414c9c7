package org.anwei.duban.hazard.internal;

import org.anwei.duban.hazard.HazardLevel;
import org.jspecify.annotations.Nullable;

/** What sampling needs to know of a closed hazard, read without loading it. */
public record RecheckCandidate(long id, HazardLevel level, long responsibleDepartmentId,
		@Nullable Long supervisingDepartmentId) {
}
