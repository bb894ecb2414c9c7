package org.anwei.duban.dashboard;

import org.anwei.duban.hazard.HazardFigures;
import org.anwei.duban.task.DepartmentTaskFigures;

/**
 * The dashboard's headline figures in scope: tasks (summed over the lead departments, so
 * each task once), hazards (each hazard once), accountability actions in the period and
 * in the period before.
 */
public record Headline(DepartmentTaskFigures tasks, HazardFigures hazards, long actions, long actionsBefore) {
}
