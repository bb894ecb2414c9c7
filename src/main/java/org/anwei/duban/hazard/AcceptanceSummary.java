package org.anwei.duban.hazard;

import java.time.Instant;

/** One acceptance check (验收) of a hazard: passed or not, why, by whom and when. */
public record AcceptanceSummary(long id, boolean passed, String conclusion, String acceptedBy, Instant acceptedAt) {
}
