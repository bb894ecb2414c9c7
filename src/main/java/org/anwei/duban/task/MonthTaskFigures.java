package org.anwei.duban.task;

import java.time.YearMonth;

/** A month of the trend: tasks issued, completed, and due that month but missed. */
public record MonthTaskFigures(YearMonth month, long issued, long completed, long overdue) {
}
