package org.anwei.duban.hazard;

/** One row of a distribution table: hazards of a district or industry by level. */
public record LevelRow(StatisticsKey key, long general, long major) {

	public long total() {
		return this.general + this.major;
	}

}
