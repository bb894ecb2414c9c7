package org.anwei.duban.hazard;

/**
 * The dashboard's hazard figures for a period and now. A department's figures count the
 * hazards it is responsible for or supervises, as the ledger's department filter lists
 * them.
 *
 * @param found found in the period
 * @param foundBefore found in the period before
 * @param rebounds found in the period at a unit whose earlier hazard was closed out (反弹)
 * @param reboundsBefore the same for the period before
 * @param open not closed out now (未销号)
 * @param majorOpen major and not closed out now
 * @param overdue past the time limit and still to be rectified now
 */
public record HazardFigures(long found, long foundBefore, long rebounds, long reboundsBefore, long open, long majorOpen,
		long overdue) {

	public static final HazardFigures NONE = new HazardFigures(0, 0, 0, 0, 0, 0, 0);

	public HazardFigures plus(HazardFigures other) {
		return new HazardFigures(this.found + other.found, this.foundBefore + other.foundBefore,
				this.rebounds + other.rebounds, this.reboundsBefore + other.reboundsBefore, this.open + other.open,
				this.majorOpen + other.majorOpen, this.overdue + other.overdue);
	}

}
