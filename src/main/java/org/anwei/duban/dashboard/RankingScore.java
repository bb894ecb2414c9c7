package org.anwei.duban.dashboard;

import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.task.DepartmentTaskFigures;
import org.anwei.duban.task.PeriodTaskFigures;
import org.anwei.duban.task.StatusLight;

/**
 * The ranking's score and light of one department, by the rules of {@link ScoreWeights}.
 */
final class RankingScore {

	private RankingScore() {
	}

	static double score(DepartmentTaskFigures tasks, HazardFigures hazards, ScoreWeights w) {
		PeriodTaskFigures p = tasks.current();
		Double rate = p.onTimeRate();
		double points = w.onTime() * (rate == null ? 1 : rate) - w.overdue() * p.overdue() - w.stale() * tasks.stale()
				- w.returns() * p.returns() - w.urges() * p.urges() - w.extensions() * p.extensions()
				- w.overdueHazards() * hazards.overdue();
		return Math.max(0, Math.round(points * 10) / 10.0);
	}

	static StatusLight light(DepartmentTaskFigures tasks, HazardFigures hazards) {
		if (tasks.red() > 0 || hazards.overdue() > 0) {
			return StatusLight.RED;
		}
		return tasks.yellow() > 0 || tasks.stale() > 0 ? StatusLight.YELLOW : StatusLight.GREEN;
	}

}
