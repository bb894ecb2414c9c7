package org.anwei.duban.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the department ranking's composite score is made (综合得分): the on-time rate earns up
 * to {@code onTime} points (a department with nothing due earns them all), and each
 * overdue task, stale task, return, urge, extension and overdue hazard costs its weight
 * in points; the score does not go below zero. Set a weight to 0 to leave a column out of
 * the score.
 */
@ConfigurationProperties("anwei.dashboard.score")
public record ScoreWeights(double onTime, double overdue, double stale, double returns, double urges, double extensions,
		double overdueHazards) {

	public ScoreWeights {
		if (onTime < 0 || overdue < 0 || stale < 0 || returns < 0 || urges < 0 || extensions < 0
				|| overdueHazards < 0) {
			throw new IllegalArgumentException("anwei.dashboard.score.* weights cannot be negative");
		}
	}

}
