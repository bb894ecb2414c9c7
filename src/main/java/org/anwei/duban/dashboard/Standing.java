package org.anwei.duban.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * Where the departments stand for a filter: the headline figures and the ranking (best
 * score first), as counted at the given moment. The first part of the dashboard to be
 * shown.
 */
public record Standing(DashboardFilter filter, Headline headline, List<RankingRow> ranking, Instant countedAt) {
}
