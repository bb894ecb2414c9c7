package org.anwei.duban.task;

/**
 * The tasks a department leads: figures for a period and the one before it, and the state
 * of its open tasks now (lights, stale).
 */
public record DepartmentTaskFigures(long departmentId, PeriodTaskFigures current, PeriodTaskFigures previous, long red,
		long yellow, long green, long stale) {

	public static DepartmentTaskFigures none(long departmentId) {
		return new DepartmentTaskFigures(departmentId, PeriodTaskFigures.NONE, PeriodTaskFigures.NONE, 0, 0, 0, 0);
	}

	public DepartmentTaskFigures plus(DepartmentTaskFigures other) {
		return new DepartmentTaskFigures(this.departmentId, this.current.plus(other.current),
				this.previous.plus(other.previous), this.red + other.red, this.yellow + other.yellow,
				this.green + other.green, this.stale + other.stale);
	}

}
