package org.anwei.duban.dashboard;

import java.util.List;

import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.task.MeetingTaskProgress;
import org.anwei.duban.task.MonthTaskFigures;

/**
 * The charts' figures beyond the {@link Standing}: the last twelve months' trend, the
 * meetings of the period, and the open hazards by district and by industry.
 */
public record ChartFigures(List<MonthTaskFigures> trend, List<MeetingTaskProgress> meetings,
		List<LevelRow> hazardsByDistrict, List<LevelRow> hazardsByIndustry) {
}
