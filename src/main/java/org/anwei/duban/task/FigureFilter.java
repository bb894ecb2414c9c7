package org.anwei.duban.task;

import org.anwei.duban.base.ReportingPeriod;

/**
 * The tasks one dashboard figure counts for a period: the drill-down from a number to its
 * list. See {@link TaskFigure} for each figure's rule.
 */
public record FigureFilter(TaskFigure figure, ReportingPeriod period) {
}
