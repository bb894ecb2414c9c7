package org.anwei.duban.dashboard;

import java.util.List;

import org.anwei.duban.hazard.LevelRow;
import org.anwei.duban.task.MeetingTaskProgress;
import org.anwei.duban.task.MonthTaskFigures;

/**
 * Everything the dashboard shows for a filter: headline, ranking (best score first), the
 * last twelve months' trend, the meetings of the period, and the open hazards by district
 * and by industry.
 */
public record Dashboard(DashboardFilter filter, Headline headline, List<RankingRow> ranking,
		List<MonthTaskFigures> trend, List<MeetingTaskProgress> meetings, List<LevelRow> hazardsByDistrict,
		List<LevelRow> hazardsByIndustry) {

	static Dashboard of(Standing standing, ChartFigures charts) {
		return new Dashboard(standing.filter(), standing.headline(), standing.ranking(), charts.trend(),
				charts.meetings(), charts.hazardsByDistrict(), charts.hazardsByIndustry());
	}

}
