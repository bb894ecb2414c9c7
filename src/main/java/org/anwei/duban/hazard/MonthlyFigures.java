package org.anwei.duban.hazard;

/**
 * A month's hazard figures for one department, district, industry or level.
 *
 * @param found hazards found in the month
 * @param rectified reported rectified in the month
 * @param closed closed out (销号) in the month
 * @param openAtEnd found by the month's end and not closed out by then
 * @param overdueAtEnd of those, past their time limit at the month's end and not reported
 * rectified by then
 * @param rebounds hazards found in the month that rebound an earlier one
 */
public record MonthlyFigures(StatisticsKey key, long found, long rectified, long closed, long openAtEnd,
		long overdueAtEnd, long rebounds) {
}
