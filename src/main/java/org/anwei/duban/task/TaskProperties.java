package org.anwei.duban.task;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a task's light turns yellow, when it counts as stale, how many extensions it may
 * have.
 *
 * @param yellowDays a task is yellow this many days before its deadline …
 * @param yellowShare … or once this share of its time (issue to deadline) has passed,
 * whichever comes first
 * @param staleDays a task with no report or change for this many days is flagged stale
 * @param maxExtensions approved extensions per task
 * @param zone the committee's time zone: deadlines are calendar days there
 */
@ConfigurationProperties("anwei.task")
public record TaskProperties(int yellowDays, double yellowShare, int staleDays, int maxExtensions, ZoneId zone) {

	public TaskProperties {
		if (yellowDays < 0 || yellowShare <= 0 || yellowShare > 1 || staleDays < 1 || maxExtensions < 0) {
			throw new IllegalArgumentException("anwei.task.* settings are out of range");
		}
	}

}
