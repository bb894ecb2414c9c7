package org.anwei.duban.dashboard;

import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.task.DepartmentTaskFigures;
import org.anwei.duban.task.StatusLight;

/**
 * A department's line in the ranking: its task and hazard figures, accountability
 * actions, composite score (see {@link ScoreWeights}), rank by score (equal scores share
 * a rank) and light: red with an overdue task or hazard now, yellow with a task near its
 * deadline or stale, green otherwise.
 */
public record RankingRow(int rank, DepartmentRef department, DepartmentTaskFigures tasks, HazardFigures hazards,
		long actions, double score, StatusLight light) {
}
